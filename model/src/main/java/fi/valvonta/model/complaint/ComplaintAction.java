package fi.valvonta.model.complaint;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static fi.valvonta.model.complaint.ComplaintState.*;

/**
 * Intent-named transitions of a complaint, as used by {@code POST /complaints/{id}/{slug}}. Each action
 * names the states it may be taken from and the state it leads to; this is the single definition of
 * the complaint workflow.
 */
public enum ComplaintAction {

    START_ASSESSMENT("start-assessment", PRELIMINARY_ASSESSMENT, REGISTERED),
    REQUEST_SUPPLEMENT("request-supplement", SUPPLEMENT_REQUESTED, PRELIMINARY_ASSESSMENT),
    RECEIVE_SUPPLEMENT("receive-supplement", PRELIMINARY_ASSESSMENT, SUPPLEMENT_REQUESTED),
    // HL 31 §: the supervisor sees to sufficient investigation, e.g. a statement (selvityspyyntö) from the supervised party
    REQUEST_STATEMENT("request-statement", STATEMENT_REQUESTED, PRELIMINARY_ASSESSMENT),
    // practice: the complainant may comment on the statement (vastine); not needed when nothing new emerges
    REQUEST_REPLY("request-reply", REPLY_REQUESTED, STATEMENT_REQUESTED),
    START_PREPARATION("start-preparation", IN_PREPARATION, PRELIMINARY_ASSESSMENT, STATEMENT_REQUESTED, REPLY_REQUESTED),
    PROPOSE("propose", PROPOSED, IN_PREPARATION),
    RETURN_FOR_PREPARATION("return-for-preparation", IN_PREPARATION, PROPOSED),
    DECIDE("decide", DECIDED, PROPOSED),
    SERVE("serve", SERVED, DECIDED),
    CLOSE("close", CLOSED, SERVED),
    // HL 53 b §: grounds for not investigating are assessed at intake, before the supervised party is asked;
    // not investigating is a decision like any other: presented by one official, decided by another
    PROPOSE_NOT_INVESTIGATED("propose-not-investigated", NOT_INVESTIGATED_PROPOSED, REGISTERED, PRELIMINARY_ASSESSMENT,
            SUPPLEMENT_REQUESTED),
    RETURN_TO_ASSESSMENT("return-to-assessment", PRELIMINARY_ASSESSMENT, NOT_INVESTIGATED_PROPOSED),
    NOT_INVESTIGATE("not-investigate", NOT_INVESTIGATED, NOT_INVESTIGATED_PROPOSED),
    // HL 21 §: a matter outside the supervisor's competence is transferred to the competent authority
    TRANSFER("transfer", TRANSFERRED, REGISTERED, PRELIMINARY_ASSESSMENT, SUPPLEMENT_REQUESTED),
    WITHDRAW("withdraw", WITHDRAWN, REGISTERED, PRELIMINARY_ASSESSMENT, SUPPLEMENT_REQUESTED,
            STATEMENT_REQUESTED, REPLY_REQUESTED, IN_PREPARATION, PROPOSED, NOT_INVESTIGATED_PROPOSED);

    private final String slug;
    private final ComplaintState target;
    private final Set<ComplaintState> sources;

    ComplaintAction(String slug, ComplaintState target, ComplaintState first, ComplaintState... more) {
        this.slug = slug;
        this.target = target;
        this.sources = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    public String slug() {
        return slug;
    }

    public ComplaintState target() {
        return target;
    }

    public Set<ComplaintState> sources() {
        return sources;
    }

    public boolean isAllowedFrom(ComplaintState state) {
        return sources.contains(state);
    }

    public static Optional<ComplaintAction> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
