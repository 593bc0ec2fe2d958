package vn.cdtt.team;

import java.util.List;

import vn.cdtt.kernel.input.FieldProblem;

/** The nomination breaks the plan's team rules; nothing was saved. */
public class NominationRefusedException extends RuntimeException {

    private final List<FieldProblem> problems;

    NominationRefusedException(List<FieldProblem> problems) {
        super("Nomination refused: " + problems.get(0).path() + ": " + problems.get(0).messageKey() + " "
                + problems.get(0).arguments() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)"
                : ""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
