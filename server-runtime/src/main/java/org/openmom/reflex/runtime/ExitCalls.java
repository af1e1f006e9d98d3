package org.openmom.reflex.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds the calls in a reflex jar that would stop the whole server: {@code System.exit},
 * {@code Runtime.exit} and {@code Runtime.halt}. A reflex runs inside the server's process,
 * where no exit can be caught once called (Java 17 offers no hook short of the deprecated
 * security manager), so a jar that calls one is refused before any of its code runs. What this
 * cannot see — an exit reached through reflection, method handles or native code — is
 * documented as the limit (docs/security.md).
 */
final class ExitCalls {
    private static final int MAX_FOUND = 3;

    private ExitCalls() {}

    /** Where the jar's classes call an exit ({@code com.acme.Filter.<init> calls System.exit}); empty when none does. */
    static List<String> in(Path jar) throws IOException {
        List<String> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements() && found.size() < MAX_FOUND) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        scan(in.readAllBytes(), found);
                    }
                }
            }
        }
        return found;
    }

    private static void scan(byte[] classFile, List<String> found) {
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (RuntimeException unreadable) {
            return; // not a class this JVM could load either: loading it fails with its own message
        }
        String className = reader.getClassName().replace('/', '.');
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String callDescriptor, boolean isInterface) {
                        String exit = exitCall(owner, name);
                        if (exit != null && found.size() < MAX_FOUND) {
                            found.add(className + "." + method + " calls " + exit);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private static String exitCall(String owner, String name) {
        if (owner.equals("java/lang/System") && name.equals("exit")) {
            return "System.exit";
        }
        if (owner.equals("java/lang/Runtime") && (name.equals("exit") || name.equals("halt"))) {
            return "Runtime." + name;
        }
        return null;
    }
}
