package cn.techmarket.tenant.library;

import cn.techmarket.model.record.RecordKind;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every kind of record this node declares, in change-feed order (that of {@link RecordKind}). */
@Component
public class LibraryKinds {

    private final List<LibraryKind<?>> kinds;
    private final Map<RecordKind, LibraryKind<?>> byKind = new EnumMap<>(RecordKind.class);

    public LibraryKinds(List<LibraryKind<?>> declared) {
        this.kinds = declared.stream().sorted(Comparator.comparing(kind -> kind.library().kind())).toList();
        Set<String> cursorKeys = new HashSet<>();
        Set<String> collections = new HashSet<>();
        for (LibraryKind<?> kind : kinds) {
            Library<?> library = kind.library();
            if (byKind.put(library.kind(), kind) != null || !cursorKeys.add(library.cursorKey()) || !collections.add(library.collection())) {
                throw new IllegalStateException("two kinds declared as " + library.kind() + ", cursor key '" + library.cursorKey()
                        + "' or collection '" + library.collection() + "'");
            }
        }
    }

    public List<LibraryKind<?>> all() {
        return kinds;
    }

    public List<Library<?>> libraries() {
        return kinds.stream().<Library<?>>map(LibraryKind::library).toList();
    }

    public LibraryKind<?> of(RecordKind kind) {
        LibraryKind<?> declared = byKind.get(kind);
        if (declared == null) {
            throw new IllegalArgumentException("no library kind declared for " + kind);
        }
        return declared;
    }

    public Library<?> library(RecordKind kind) {
        return of(kind).library();
    }
}
