package vn.cdtt.kernel.input;

import java.util.List;

/** A YAML file (organisation, plan) was refused as a whole; nothing was written. */
public class FileRefusedException extends RuntimeException {

    private final String file;
    private final List<FieldProblem> problems;

    public FileRefusedException(String file, List<FieldProblem> problems) {
        super("File " + file + " refused: " + problems.get(0).path() + ": " + problems.get(0).messageKey() + " "
                + problems.get(0).arguments() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)"
                : ""));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
