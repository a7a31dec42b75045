package org.opendisclosure.diff;

import java.util.List;

import org.opendisclosure.problem.Problem;

/**
 * What the checks say differently after the change. Problems are matched by file, key path, code
 * and message — not by line, which moves whenever lines are added above.
 *
 * @param newErrors        errors the newer side has and the older had not: the change must not be merged so
 * @param fixedErrors      errors the change removed
 * @param newWarnings      warnings the change brought
 * @param removedWarnings  warnings it removed
 * @param newAcknowledged  discrepancies newly acknowledged (published as stated, with a note to readers)
 * @param removedAcknowledged acknowledgements removed
 */
public record CheckChanges(List<Problem> newErrors, List<Problem> fixedErrors, List<Problem> newWarnings,
        List<Problem> removedWarnings, List<Problem> newAcknowledged, List<Problem> removedAcknowledged) {

    public static final CheckChanges NONE = new CheckChanges(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public CheckChanges {
        newErrors = List.copyOf(newErrors);
        fixedErrors = List.copyOf(fixedErrors);
        newWarnings = List.copyOf(newWarnings);
        removedWarnings = List.copyOf(removedWarnings);
        newAcknowledged = List.copyOf(newAcknowledged);
        removedAcknowledged = List.copyOf(removedAcknowledged);
    }

    public boolean isEmpty() {
        return newErrors.isEmpty() && fixedErrors.isEmpty() && newWarnings.isEmpty() && removedWarnings.isEmpty()
                && newAcknowledged.isEmpty() && removedAcknowledged.isEmpty();
    }
}
