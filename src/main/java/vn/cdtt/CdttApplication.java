package vn.cdtt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.cdtt.startup.StartupReport;

@SpringBootApplication
public class CdttApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CdttApplication.class);
        StartupReport.installIfRequested(application);
        application.run(args);
    }
}
