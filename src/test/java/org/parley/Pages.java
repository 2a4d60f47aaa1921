package org.parley;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page of a list, read in order. A test that checks "all" of something reads them all: other tests' data may
 * fill more than one page, and the order in which test classes run decides how much there is.
 */
public final class Pages {

    private static final int SIZE = 200;

    private Pages() {
    }

    /** The pages of one of the API's lists ({@code page} and {@code size} asked, {@code totalPages} answered). */
    public static List<JsonPath> of(String path) {
        String separator = path.contains("?") ? "&" : "?";
        List<JsonPath> pages = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath answer = given().get(path + separator + "size=" + SIZE + "&page=" + page).then().statusCode(200)
                    .extract().jsonPath();
            pages.add(answer);
            if (page >= answer.getInt("totalPages")) {
                return pages;
            }
        }
    }

    /** The pages of a W3C annotation collection, from its first, following each page's {@code next}. */
    public static List<JsonPath> ofAnnotations(String path) {
        String separator = path.contains("?") ? "&" : "?";
        List<JsonPath> pages = new ArrayList<>();
        for (String next = path + separator + "size=" + SIZE; next != null; ) {
            JsonPath answer = given().get(next).then().statusCode(200).extract().jsonPath();
            pages.add(answer);
            next = answer.getString("next");
        }
        return pages;
    }

    /** The values at {@code path} (a GPath over one page, e.g. {@code items.id}) on every page, in order. */
    public static <T> List<T> list(List<JsonPath> pages, String path, Class<T> type) {
        List<T> values = new ArrayList<>();
        pages.forEach(page -> values.addAll(page.getList(path, type)));
        return values;
    }
}
