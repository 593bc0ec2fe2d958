package vn.cdtt.web;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;
import java.util.TimeZone;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default, English on request ({@code ?lang=en}, remembered in a cookie, or Accept-Language). */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {


    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver("cdtt-lang");
        // A forged cookie (cdtt-lang=../..) falls back to the default below instead of failing the page.
        resolver.setRejectInvalidCookies(false);
        // Without Accept-Language the servlet container answers with the JVM's locale; officials get Vietnamese.
        resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null ? VIETNAMESE
                : supported(request.getLocale()));
        return resolver;
    }

    static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /**
     * Only the two languages the product speaks: a well-formed but other locale (?lang=fr, a cookie) is served in
     * Vietnamese and remembered as Vietnamese.
     */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext resolved = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return supported(resolved.getLocale());
                }

                @Override
                public TimeZone getTimeZone() {
                    return resolved instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
                }
            };
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                                     LocaleContext localeContext) {
            Locale locale = localeContext == null ? null : localeContext.getLocale();
            super.setLocaleContext(request, response, locale == null ? localeContext
                    : new SimpleTimeZoneAwareLocaleContext(supported(locale),
                    localeContext instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        // ?lang=../.. in a hand-written address is ignored rather than answered with 500.
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
