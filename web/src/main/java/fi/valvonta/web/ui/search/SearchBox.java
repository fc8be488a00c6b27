package fi.valvonta.web.ui.search;

import fi.valvonta.model.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What the header's search box needs on every page: the longest query, as the search accepts it. */
@Named
@ApplicationScoped
public class SearchBox {

    public int getMaxLength() {
        return SearchQuery.MAX_LENGTH;
    }
}
