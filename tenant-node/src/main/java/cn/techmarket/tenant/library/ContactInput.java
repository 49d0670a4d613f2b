package cn.techmarket.tenant.library;

import cn.techmarket.tenant.library.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Contact details as a client sends them. */
public record ContactInput(
        @Size(max = 50) String name,
        @Pattern(regexp = "[0-9+\\-() ]{5,30}", message = "must be a telephone number") String phone,
        @Email @Size(max = 100) String email) {

    public static Contact toContact(ContactInput input) {
        return input == null ? null : new Contact(input.name, input.phone, input.email);
    }
}
