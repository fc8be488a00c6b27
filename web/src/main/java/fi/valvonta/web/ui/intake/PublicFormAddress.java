package fi.valvonta.web.ui.intake;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The public form's short address, {@code /valvonta/kantelu}, leads to the form's page (with the query it came
 * with), so the form is always served as the page it is: with the page's security headers and its resources.
 */
@WebServlet(urlPatterns = {"/kantelu", "/kantelu/"})
public class PublicFormAddress extends HttpServlet {

    static final String FORM = "/kantelu/index.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + FORM + (query == null ? "" : "?" + query));
    }
}
