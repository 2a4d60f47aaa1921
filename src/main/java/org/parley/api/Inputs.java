package org.parley.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.error.DomainException;
import org.parley.error.FieldError;

/** Applies a merge patch to a resource's input shape and checks the result as a full replacement would be. */
@ApplicationScoped
public class Inputs {

    private final ObjectMapper json;
    private final Validator validator;

    public Inputs(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T patched(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw DomainException.invalid("A merge patch must be a JSON object.", null);
        }
        T result;
        try {
            result = json.treeToValue(MergePatch.apply(json.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("The patched resource is not valid: " + JsonErrors.describe(e) + ".",
                    null);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList();
            throw DomainException.invalidContent("The patched resource is not valid.", errors);
        }
        return result;
    }
}
