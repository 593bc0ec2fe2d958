package vn.cdtt.notification;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/** Notice settings, and plain-text mail templates ({@code templates/mail/*-text.txt}) beside the HTML ones. */
@Configuration
@EnableConfigurationProperties(NoticeProperties.class)
class NoticeConfiguration {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    /**
     * Jakarta Mail 2.1 looks its stream provider up through the ServiceLoader, a scan of every jar on the class path,
     * for each multipart, body part and encoded header it builds (jakartaee/mail-api#699, #861): most of the time a
     * notice took to send. Naming the implementation in its system property skips the scan.
     */
    NoticeConfiguration() {
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, NoticeConfiguration.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    @Bean
    SpringResourceTemplateResolver textMailTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("mail/*-text"));
        resolver.setOrder(1);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
