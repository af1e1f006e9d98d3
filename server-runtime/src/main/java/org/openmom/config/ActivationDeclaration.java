package org.openmom.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@code Activation <Service Name> <Program> <Model> <Max>} line read as what it means: the
 * server starts {@code program} when messages wait for {@code service} and no instance can take
 * them, at most {@code max} at once ({@code WAIT}: one).
 */
public record ActivationDeclaration(String service, String program, ActivationModel model, int max) {
    /** The largest Max accepted: more processes than that are not "on demand" any more. */
    public static final int MAX_LIMIT = 64;

    /** The meaning of a valid Activation line; empty for another kind or a line with errors. */
    public static Optional<ActivationDeclaration> of(ReflexDeclaration line) {
        if (line.kind() != ReflexKind.ACTIVATION) {
            return Optional.empty();
        }
        Optional<ActivationModel> model = ActivationModel.fromKeyword(line.key());
        Optional<Integer> max = parseMax(line.value());
        if (model.isEmpty() || max.isEmpty() || line.serviceName().isEmpty() || line.dllPath().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ActivationDeclaration(line.serviceName(), line.dllPath(), model.get(), max.get()));
    }

    /** How many instances may run at once: one for WAIT, whatever Max says. */
    public int limit() {
        return model == ActivationModel.WAIT ? 1 : max;
    }

    /** The program's file, a relative path being relative to the configuration file's folder. */
    public Path programPath(Path configFile) {
        return configFile == null ? Path.of(program).toAbsolutePath() : ServerConfiguration.resolve(configFile, program);
    }

    static Optional<Integer> parseMax(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int max = Integer.parseInt(text);
        return max >= 1 && max <= MAX_LIMIT ? Optional.of(max) : Optional.empty();
    }
}
