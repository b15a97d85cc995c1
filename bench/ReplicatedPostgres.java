// A PostgreSQL 17 primary and a streaming replica of it, from the binaries the service ships, as
// ReadReplicaTest makes them; both stop when this program is stopped (SIGTERM). Run it with the
// packaged service on the class path:
//   java -cp 'target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*:target/quarkus-app/app/*' \
//     bench/ReplicatedPostgres.java DIRECTORY
// It prints "primary JDBC-URL" and "replica JDBC-URL", then waits.
import dev.rustdist.catalog.database.EmbeddedDatabase;
import java.nio.file.Path;

public class ReplicatedPostgres {
  public static void main(String[] arguments) throws Exception {
    Path directory = Path.of(arguments[0]);
    Runnable lost = () -> System.exit(1);
    EmbeddedDatabase primary = EmbeddedDatabase.start(directory.resolve("primary"), lost);
    EmbeddedDatabase replica = primary.startStandby(directory.resolve("replica"), "fleet", lost);
    System.out.println("primary " + primary.jdbcUrl());
    System.out.println("replica " + replica.jdbcUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
