package org.openmom.reflex.builtin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmom.fileformat.FieldCodec;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.MessageDraft;
import org.openmom.reflex.MessageFilter;
import org.openmom.reflex.ReflexContext;

/**
 * {@code MessageFilter <service> builtin <event> Redirect}: rewrites the destination service and
 * event of the messages it filters, by the first matching rule of {@code <config>.redirects}
 * beside the configuration file. A rule is a line {@code SERVICE EVENT NEW-SERVICE NEW-EVENT}
 * (patterns with {@code *}; see {@link RedirectRule}); {@code #} starts a comment. A message no
 * rule matches passes unchanged. The rules are read at start.
 */
public final class Redirect implements MessageFilter {
    public static final String SUFFIX = ".redirects";

    private record Rule(RedirectRule service, RedirectRule event) {}

    private final List<Rule> rules;
    private final ReflexContext context;

    public Redirect(ReflexContext context) throws IOException {
        this.context = context;
        this.rules = read(context.besideConfiguration(SUFFIX));
    }

    private static List<Rule> read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("no rules file " + file + " — write one rule per line: SERVICE EVENT NEW-SERVICE NEW-EVENT");
        }
        List<Rule> rules = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("[ \t]+");
            if (f.length != 4) {
                throw new IOException(file + ":" + (i + 1) + ": a rule has 4 fields, not " + f.length
                        + " — write SERVICE EVENT NEW-SERVICE NEW-EVENT (* keeps a name, + for a space)");
            }
            rules.add(new Rule(new RedirectRule(FieldCodec.decode(f[0]), FieldCodec.decode(f[2])),
                    new RedirectRule(FieldCodec.decode(f[1]), FieldCodec.decode(f[3]))));
        }
        return List.copyOf(rules);
    }

    @Override
    public boolean filter(MessageDraft message) {
        for (Rule rule : rules) {
            Optional<String> service = rule.service().rewrite(message.to().service());
            Optional<String> event = rule.event().rewrite(message.event());
            if (service.isPresent() && event.isPresent()) {
                context.logger().debug("message {} redirected from {} {} to {} {}", message.id(), message.to(),
                        message.event(), service.get(), event.get());
                message.setTo(ServiceUser.of(service.get(), message.to().user()));
                message.setEvent(event.get());
                return true;
            }
        }
        return true;
    }
}
