package org.parley.cache;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What the read being rendered shows, in scopes that writes name when they touch them ({@link WriteScopes}). A read
 * that names none depends on all the data: any write makes its cached form stale. A read that names some is served
 * from memory across writes that touched none of them (and none touched {@link WriteScopes#EVERYTHING}).
 */
@RequestScoped
public class ReadScope {

    private static final String STARTING_WITH = "starting with ";

    private Set<String> scopes;

    /** A scope that every scope a write touches starting with {@code prefix} touches, for reads that match by one. */
    public static String startingWith(String prefix) {
        return STARTING_WITH + prefix;
    }

    /** Whether a write that touched {@code touched} touched any of a read's {@code scopes}. */
    static boolean anyTouched(Set<String> touched, Set<String> scopes) {
        for (String scope : scopes) {
            if (scope.startsWith(STARTING_WITH)) {
                String prefix = scope.substring(STARTING_WITH.length());
                for (String written : touched) {
                    if (written.startsWith(prefix)) {
                        return true;
                    }
                }
            } else if (touched.contains(scope)) {
                return true;
            }
        }
        return false;
    }

    /** Declares scopes the read depends on; call it with every one the rendered bytes could change with. */
    public void dependsOn(Collection<String> more) {
        if (scopes == null) {
            scopes = new HashSet<>();
        }
        scopes.addAll(more);
    }

    /** The scopes declared, or null when the read depends on everything. */
    Set<String> scopes() {
        return scopes == null ? null : Set.copyOf(scopes);
    }
}
