package vn.cdtt.tenancy;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Another province's unit: 403, in the caller's language, naming the field. */
@RestControllerAdvice(basePackages = "vn.cdtt")
class ProvinceScopeExceptionHandler {

    private final MessageSource messages;

    ProvinceScopeExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OutsideProvinceException.class)
    ProblemDetail outsideProvince(OutsideProvinceException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("tenancy.otherProvinceUnit", new Object[] {e.code(), e.name()}, locale));
        problem.setProperty("field", e.field());
        return problem;
    }
}
