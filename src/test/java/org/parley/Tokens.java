package org.parley;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.Set;
import org.parley.security.TokenIssuer;

/** Real tokens from the running service's built-in issuer, for tests that write. */
public final class Tokens {

    private Tokens() {
    }

    public static String token(String subject, String... roles) {
        return CDI.current().select(TokenIssuer.class).get().issue(subject, Set.of(roles), Duration.ofMinutes(10))
                .token();
    }

    public static RequestSpecification as(String subject, String... roles) {
        return RestAssured.given().auth().oauth2(token(subject, roles));
    }

    public static RequestSpecification editor() {
        return as("erin", "editor");
    }

    public static RequestSpecification admin() {
        return as("ada", "admin");
    }
}
