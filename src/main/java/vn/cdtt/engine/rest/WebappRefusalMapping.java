package vn.cdtt.engine.rest;

import jakarta.servlet.ServletRegistration;

import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Tasklist calls the engine through the webapps' own JAX-RS application ("Engine Api", /camunda/api/engine/*), not
 * through /engine-rest: {@link TaskRefusalMapping} does not reach it. This adds the same refusal mappers to it, so a
 * refused form submission answers 400 with the listener's message there too. The factory runs its own initializers
 * after the ServletContextInitializer beans, i.e. after Camunda's CamundaBpmWebappInitializer registered the servlet.
 */
@Component
class WebappRefusalMapping implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    static final String ENGINE_API_SERVLET = "Engine Api";

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        factory.addInitializers(context -> {
            ServletRegistration engineApi = context.getServletRegistration(ENGINE_API_SERVLET);
            if (engineApi != null) {
                engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
                        TaskRefusalMapping.EngineRefusalMapper.class.getName() + ","
                                + TaskRefusalMapping.RestRefusalMapper.class.getName() + ","
                                + TaskRefusalMapping.LostRaceMapper.class.getName());
            }
        });
    }
}
