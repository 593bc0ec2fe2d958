package vn.cdtt.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.cdtt.geography.UnknownUnitException;
import vn.cdtt.geography.VillageImportException;
import vn.cdtt.kernel.input.FileRefusedException;

/** Errors of the product's REST API as problem details, in the caller's language, naming the field. */
@RestControllerAdvice(basePackages = "vn.cdtt")
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(VillageImportException.class)
    ProblemDetail importRefused(VillageImportException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("import.village.refused", new Object[] {e.errors().size()}, locale));
        problem.setTitle(messages.getMessage("import.village.refused.title", null, locale));
        List<Map<String, Object>> errors = new ImportErrorMessages(messages).render(e.errors(), locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(FileRefusedException.class)
    ProblemDetail fileRefused(FileRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("file.refused", new Object[] {e.file(), e.problems().size()}, locale));
        problem.setTitle(messages.getMessage("file.refused.title", null, locale));
        problem.setProperty("file", e.file());
        problem.setProperty("errors", e.problems().stream().map(error -> Map.of(
                "path", error.path(),
                "message", messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))).toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        return parameterProblem(e.getName(), messages.getMessage("request.param.invalid",
                new Object[] {e.getName(), String.valueOf(e.getValue())}, locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return parameterProblem(e.getParameterName(), messages.getMessage("request.param.missing",
                new Object[] {e.getParameterName()}, locale));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e, Locale locale) {
        return parameterProblem(e.getRequestPartName(), messages.getMessage("request.param.missing",
                new Object[] {e.getRequestPartName()}, locale));
    }

    private static ProblemDetail parameterProblem(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("field", field);
        return problem;
    }

    @ExceptionHandler(UnknownUnitException.class)
    ProblemDetail unknownUnit(UnknownUnitException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("unit.unknown", new Object[] {e.code(), e.date().toString()}, locale));
        problem.setProperty("field", e.field());
        return problem;
    }
}
