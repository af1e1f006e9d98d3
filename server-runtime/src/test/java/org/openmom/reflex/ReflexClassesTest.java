package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.config.ReflexKind;
import org.openmom.reflex.runtime.ReflexClasses;

/** What a jar offers an editor for each kind of reflex, read without running any of its code. */
class ReflexClassesTest {
    @TempDir
    Path folder;

    @Test
    void eachKindIsOfferedItsPublicConcreteClassesAndNoStaticInitialiserRuns() throws Exception {
        // a static initialiser that leaves a mark which cannot fail to be made: a system property
        String marker = "openmom.test.initialised." + System.nanoTime();
        String touch = "static { System.setProperty(\"" + marker + "\", \"yes\"); }";
        Path jar = ReflexJars.build(folder.resolve("acme.jar"), Map.of(
                "com.acme.Spam", "package com.acme; public class Spam implements org.openmom.reflex.MessageFilter { " + touch
                        + " public boolean filter(org.openmom.reflex.MessageDraft m) { return true; } }",
                "com.acme.Both", "package com.acme; public class Both implements org.openmom.reflex.MessageFilter,"
                        + " org.openmom.reflex.DeliveryFilter { public boolean filter(org.openmom.reflex.MessageDraft m) { return true; }"
                        + " public boolean deliver(org.openmom.model.Message m, org.openmom.model.ServiceUser u) { return true; } }",
                "com.acme.Base", "package com.acme; public abstract class Base implements org.openmom.reflex.MessageFilter { }",
                "com.acme.Hidden", "package com.acme; class Hidden implements org.openmom.reflex.MessageFilter {"
                        + " public boolean filter(org.openmom.reflex.MessageDraft m) { return true; } }",
                "com.acme.Plain", "package com.acme; public class Plain { }"));

        ReflexClasses classes = ReflexClasses.inJar(jar);

        assertThat(classes.of(ReflexKind.MESSAGE_FILTER)).containsExactlyInAnyOrder("com.acme.Spam", "com.acme.Both");
        assertThat(classes.of(ReflexKind.DELIVERY_FILTER)).containsExactly("com.acme.Both");
        assertThat(classes.of(ReflexKind.LOCAL_SERVICE)).isEmpty();
        assertThat(classes.of(ReflexKind.LOGGING_SERVICE)).isEmpty();
        assertThat(classes.holds("com.acme.Plain")).isTrue();
        assertThat(classes.holds("com.acme.Nope")).isFalse();
        assertThat(System.getProperty(marker)).as("no code of the jar ran").isNull();
    }

    @Test
    void aFileThatIsNotAJarSaysSo() throws Exception {
        Path notJar = Files.writeString(folder.resolve("notes.jar"), "not a zip");

        assertThatThrownBy(() -> ReflexClasses.inJar(notJar)).isInstanceOf(java.io.IOException.class);
    }
}
