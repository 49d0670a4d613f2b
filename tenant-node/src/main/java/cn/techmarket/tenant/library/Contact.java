package cn.techmarket.tenant.library;

/** Who to talk to about a listing. */
public record Contact(String name, String phone, String email) {
}
