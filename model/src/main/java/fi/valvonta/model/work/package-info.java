/**
 * The caller's work: the kinds of work item the home page and {@code GET /me/work} count (overdue
 * complaints, proposals to decide, decisions to serve …), which list each count stands for, and which
 * roles see which.
 */
package fi.valvonta.model.work;
