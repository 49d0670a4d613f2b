package cn.techmarket.tenant.challenge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's score of one criterion, 0–100, and why. */
record ScoreInput(@NotBlank @Size(max = 60) String criterion, @Min(0) @Max(100) int score, @Size(max = 2000) String comment) {
}
