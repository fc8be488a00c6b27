package fi.valvonta.web.ui.complaint;

import fi.valvonta.ejb.complaint.ComplaintSummary;
import fi.valvonta.web.ui.platform.Formats;
import fi.valvonta.web.ui.platform.UiMessages;

import java.io.Serializable;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A row of the case list as the table shows it: its texts made once, when the page of rows is read, in the view's
 * language. The table's cells only print them: a cell that formatted its date, looked up its municipality's and
 * assignee's names and its state's text in EL asked the bean container for each of those beans, per cell and per row.
 * It keeps of the complaint only what the bulk assignment needs besides (id, version, case number): the view keeps its
 * rows as long as it can post back, and each view's rows with their summaries were most of what a page left behind.
 */
public record ComplaintRow(long id, long version, String caseNumber, boolean overdue, String received, String entity,
                           String themes, String state, String assignee, String deadline, String rowLabel)
        implements Serializable {

    /**
     * The row of {@code complaint} in {@code locale}.
     *
     * @param entityName the municipality's name in the view's language, from its id and Finnish name
     * @param userName   an official's display name from their username
     */
    public static ComplaintRow of(ComplaintSummary complaint, Locale locale, BiFunction<Long, String, String> entityName,
                                  Function<String, String> userName) {
        String themes = complaint.themes().stream()
                .map(t -> UiMessages.textOr(locale, "complaint.theme." + t.name(), t.name()))
                .collect(Collectors.joining(", "));
        String state = UiMessages.textOr(locale, "complaint.state." + complaint.state().name(), complaint.state().name());
        return new ComplaintRow(complaint.id(), complaint.version(), complaint.caseNumber(), complaint.overdue(),
                Formats.date(complaint.receivedDate(), locale),
                entityName.apply(complaint.entityId(), complaint.entityName()), themes, state,
                userName.apply(complaint.assignee()), Formats.date(complaint.nextDeadline(), locale),
                UiMessages.textOr(locale, "complaint.bulk.selectRow", "complaint.bulk.selectRow") + " "
                        + complaint.caseNumber());
    }
}
