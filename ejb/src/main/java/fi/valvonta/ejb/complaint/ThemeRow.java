package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Theme;

/** One theme of one complaint ({@code SELECT NEW}), for the rows of the case list. */
public record ThemeRow(Long complaintId, Theme theme) {

    static final String SELECT = "SELECT NEW " + ThemeRow.class.getName() + "(c.id, t)";
}
