package vn.cdtt.notification;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/** Notice settings, and plain-text mail templates ({@code templates/mail/*-text.txt}) beside the HTML ones. */
@Configuration
@EnableConfigurationProperties(NoticeProperties.class)
class NoticeConfiguration {

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
