package fi.valvonta.web.api.work;

import fi.valvonta.model.work.WorkList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Where each work list is, in the API and in the UI, and a filter as the query string of a link to it. */
public final class WorkLinks {

    private WorkLinks() {
    }

    /** The list's path under the API's root ({@code /api/v1}). */
    public static String apiPath(WorkList list) {
        return switch (list) {
            case COMPLAINTS -> "complaints";
            case MEASURES -> "measures";
            case INSPECTIONS -> "inspections";
        };
    }

    /** The list's page under the application's context root. */
    public static String page(WorkList list) {
        return switch (list) {
            case COMPLAINTS -> "/complaints/list.xhtml";
            case MEASURES -> "/measures/index.xhtml";
            case INSPECTIONS -> "/inspection/inspections.xhtml";
        };
    }

    /** {@code a=1&b=x%20y}, in the filter's order; empty for none. */
    public static String query(Map<String, String> filter) {
        return filter.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The page of {@code list} with {@code filter}, under {@code contextPath}. */
    public static String pageLink(String contextPath, WorkList list, Map<String, String> filter) {
        String q = query(filter);
        return contextPath + page(list) + (q.isEmpty() ? "" : "?" + q);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
