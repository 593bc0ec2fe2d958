package vn.cdtt.engine;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

import vn.cdtt.kernel.EngineClock;

/** Puts the engine clock in the configured zone ({@code cdtt.clock.zone}) before anything reads a day from it. */
@Configuration(proxyBeanMethods = false)
class EngineClockZone {

    EngineClockZone(@Value("${cdtt.clock.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        EngineClock.useZone(zone);
    }
}
