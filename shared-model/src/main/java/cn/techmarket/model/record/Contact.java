package cn.techmarket.model.record;

/** Who to talk to about a listing. */
public record Contact(String name, String phone, String email) {
}
