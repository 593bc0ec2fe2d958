package vn.cdtt.kernel.input;

/** A submitted form field that cannot even be read (a list that is no JSON list of rows); names the field. */
public class FormInputException extends RuntimeException {

    private final transient FieldProblem problem;

    public FormInputException(FieldProblem problem, Throwable cause) {
        super(problem.path() + " " + problem.messageKey(), cause);
        this.problem = problem;
    }

    public FieldProblem problem() {
        return problem;
    }
}
