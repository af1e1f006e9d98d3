package org.openmom.reflex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A reflex author's jar for the tests of the editor, the reload and {@code reflex try}, compiled
 * when a test asks for it: one class of several kinds, and classes that are no reflex.
 */
public final class AcmeReflexes {
    /** A message filter that drops a message whose body contains "spam". */
    public static final String NO_SPAM = "com.acme.NoSpam";
    /** A message filter that writes the body in capitals. */
    public static final String UPPER = "com.acme.Upper";
    /** A local service that answers "noon". */
    public static final String CLOCK = "com.acme.Clock";
    /** A local service that throws IllegalStateException("no clock"). */
    public static final String BROKEN = "com.acme.Broken";
    /** A delivery filter that lets everything through. */
    public static final String QUIET = "com.acme.Quiet";
    /** A de-registration filter that does nothing. */
    public static final String BYE = "com.acme.Bye";
    /** No reflex. */
    public static final String HELPER = "com.acme.Helper";

    private AcmeReflexes() {}

    /** Compiles the classes into {@code jar} (its folders made). */
    public static Path build(Path jar) throws IOException {
        return ReflexJars.build(jar, Map.of(
                NO_SPAM, "package com.acme; public class NoSpam implements org.openmom.reflex.MessageFilter {"
                        + " public boolean filter(org.openmom.reflex.MessageDraft m) { return !m.bodyText().contains(\"spam\"); } }",
                UPPER, "package com.acme; public class Upper implements org.openmom.reflex.MessageFilter {"
                        + " public boolean filter(org.openmom.reflex.MessageDraft m) { m.setText(m.bodyText().toUpperCase()); return true; } }",
                CLOCK, "package com.acme; public class Clock implements org.openmom.reflex.LocalServiceReflex {"
                        + " public void handle(org.openmom.model.Message m, org.openmom.reflex.Answer a) { a.setText(\"noon\"); } }",
                BROKEN, "package com.acme; public class Broken implements org.openmom.reflex.LocalServiceReflex {"
                        + " public void handle(org.openmom.model.Message m, org.openmom.reflex.Answer a) {"
                        + " throw new IllegalStateException(\"no clock\"); } }",
                QUIET, "package com.acme; public class Quiet implements org.openmom.reflex.DeliveryFilter {"
                        + " public boolean deliver(org.openmom.model.Message m, org.openmom.model.ServiceUser to) { return true; } }",
                BYE, "package com.acme; public class Bye implements org.openmom.reflex.DeregistrationFilter {"
                        + " public void deregistered(org.openmom.model.ServiceUser who) { } }",
                HELPER, "package com.acme; public class Helper { }"));
    }
}
