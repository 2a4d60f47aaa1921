package org.parley.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.parley.cache.WriteScopes;

/** Suggestions are shown by no read that declares its scopes: reviewing one touches none (its position does). */
@ApplicationScoped
public class SuggestionScopes implements WriteScopes {

    @Override
    public Set<String> touched(Object entity, Object id, Change change, String[] names, Object[] before,
            Object[] after) {
        return entity instanceof Suggestion || entity instanceof NoneFound ? Set.of() : null;
    }
}
