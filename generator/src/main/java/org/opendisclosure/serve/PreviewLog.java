package org.opendisclosure.serve;

import org.opendisclosure.problem.Problem;

/** Where the preview reports each build: its problems, then one summary line with its time. */
public interface PreviewLog {

    void problem(Problem problem);

    void built(String summary);
}
