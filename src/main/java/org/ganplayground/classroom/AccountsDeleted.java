package org.ganplayground.classroom;

import java.util.List;

/**
 * Published inside the transaction that deletes accounts, before the rows go: features that store
 * work of a person (runs, answers) delete it in the same transaction.
 */
public record AccountsDeleted(List<Long> accountIds) {}
