import com.sun.tools.attach.VirtualMachine;

/**
 * Starts or stops async-profiler in a running JVM, for the README's profile tables (it samples native code too,
 * where JFR's execution samples miss zlib, for one):
 *
 *   mvn -q dependency:get -Dartifact=tools.profiler:async-profiler:3.0:jar:linux-x64
 *   unzip -o -d target/ap ~/.m2/repository/tools/profiler/async-profiler/3.0/async-profiler-3.0-linux-x64.jar
 *   java .ci/bench/AsyncProfile.java PID start,event=itimer,interval=1ms
 *   (run wrk)
 *   java .ci/bench/AsyncProfile.java PID stop,file=/tmp/by-id.collapsed,collapsed
 *   .ci/bench/profile-layers /tmp/by-id.collapsed
 */
public class AsyncProfile {
    public static void main(String[] args) throws Exception {
        String library = System.getProperty("ap", "target/ap/linux-x64/libasyncProfiler.so");
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(new java.io.File(library).getAbsolutePath(), args[1]);
        } finally {
            vm.detach();
        }
    }
}
