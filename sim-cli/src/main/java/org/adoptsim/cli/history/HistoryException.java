package org.adoptsim.cli.history;

import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;

/** A migration log that cannot be read: one line naming the file, line, column and column name. */
public final class HistoryException extends LocatedException {
    private static final long serialVersionUID = 1L;

    public HistoryException(SourceLocation where, String column, String problem) {
        super(where, column, problem);
    }
}
