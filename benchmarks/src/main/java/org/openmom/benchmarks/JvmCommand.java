package org.openmom.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How to start one Java program: options, class path, main class, arguments, extra environment. */
record JvmCommand(List<String> jvmOptions, String classpath, String mainClass, List<String> args, Map<String, String> environment)
        implements ProcessCommand {

    JvmCommand withOption(String option) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(option);
        return new JvmCommand(options, classpath, mainClass, args, environment);
    }

    @Override
    public ProcessBuilder toProcessBuilder() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder;
    }
}
