package fi.valvonta.ejb.planning;

import java.util.List;

/**
 * The result of re-running an adopted plan's frozen snapshot: whether the entries came out identical to
 * the adopted ones, and whether the risk model version still has the fingerprint it was adopted with.
 */
public record Reproduction(long planId, boolean identical, boolean modelFingerprintMatches, int entryCount,
                           List<Long> ranking) {
}
