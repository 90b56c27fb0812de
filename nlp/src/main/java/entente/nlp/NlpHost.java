package entente.nlp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves one CoreNLP pipeline to Entente over HTTP on the loopback interface only.
 *
 * <p>CoreNLP's own StanfordCoreNLPServer binds every interface whatever -host says, so Entente runs this
 * host instead: the socket is bound to {@link InetAddress#getLoopbackAddress()}, every request must carry
 * the token from a mode-600 file, and the models load once, in the background, at start.
 *
 * <p>Arguments: --port N (0 picks a free port), --state FILE (written once listening: port, pid, token),
 * --threads N, --max-chars N.
 */
public final class NlpHost {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private static final String PARSE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

  /**
   * The models, once loaded: every annotator up to coreference, which requests share, and the quote annotator,
   * which they take in turns. Its attribution sieves keep per-document state in fields every call shares: with 39
   * articles sent at once, DeterministicSpeakerSieve failed with a NullPointerException on 2 of 117 and gave
   * other articles other speakers. Entente reads the quote spans and the paragraph indices the attribution sets
   * on sentences, so it stays, one article at a time; it is a small part of a parse.
   */
  private record Pipelines(StanfordCoreNLP parse, StanfordCoreNLP quotes) {}

  private final Pipelines[] pipeline = new Pipelines[1];
  private final AtomicReference<String> status = new AtomicReference<>("loading");
  private final AtomicReference<String> failure = new AtomicReference<>("");
  private final AtomicInteger inFlight = new AtomicInteger();
  /** texts annotated since start: with the pid, shows that one process and one model load served a whole run */
  private final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
  private final String token;
  private final int maxChars;
  private final long startedAt = System.currentTimeMillis();
  private volatile long readyAt = 0;

  private NlpHost(String token, int maxChars) {
    this.token = token;
    this.maxChars = maxChars;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parseArgs(args);
    int port = Integer.parseInt(options.getOrDefault("port", "0"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
    int maxChars = Integer.parseInt(options.getOrDefault("max-chars", "200000"));
    String statePath = options.get("state");
    if (statePath == null) throw new IllegalArgumentException("--state FILE is required");

    String token = randomToken();
    NlpHost host = new NlpHost(token, maxChars);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.createContext("/health", host::health);
    server.createContext("/annotate", host::annotate);
    // StanfordCoreNLPServer's own request shape (POST /?properties=…&date=…), so one client speaks to either server.
    server.createContext("/", host::annotate);
    server.createContext("/shutdown", exchange -> {
      if (!host.authorised(exchange)) return;
      respond(exchange, 202, "{\"stopping\":true}");
      new Thread(() -> {
        server.stop(0);
        System.exit(0);
      }).start();
    });
    server.setExecutor(Executors.newFixedThreadPool(threads + 2));
    server.start();
    writeState(Path.of(statePath), server.getAddress().getPort(), token);
    System.err.println("entente-nlp listening on " + server.getAddress() + " (loopback only)");

    Thread loader = new Thread(host::load, "entente-nlp-loader");
    loader.setDaemon(true);
    loader.start();
  }

  private void load() {
    try {
      Properties props = new Properties();
      props.setProperty("coref.algorithm", "statistical");
      props.setProperty("ner.applyFineGrained", "true");
      props.setProperty("tokenize.options", "splitHyphenated=true,normalizeParentheses=false,normalizeOtherBrackets=false");
      props.setProperty("quote.asciiQuotes", "true");
      props.setProperty("quote.allowEmbeddedSame", "true");
      props.setProperty("annotators", PARSE_ANNOTATORS);
      Properties quoteProps = new Properties();
      quoteProps.putAll(props);
      quoteProps.setProperty("annotators", "quote");
      // its requirements (tokens, sentences, coreference) are met by the parse that runs first
      quoteProps.setProperty("enforceRequirements", "false");
      Pipelines nlp = new Pipelines(new StanfordCoreNLP(props), new StanfordCoreNLP(quoteProps));
      // A short document forces every lazily loaded model now, not on the first real article.
      annotateWith(nlp, new Annotation("The minister said \"we met in Astana\", and she thanked him."));
      synchronized (pipeline) {
        pipeline[0] = nlp;
      }
      readyAt = System.currentTimeMillis();
      status.set("ready");
      System.err.println("entente-nlp models loaded in " + (readyAt - startedAt) + " ms");
    } catch (Throwable error) {
      failure.set(String.valueOf(error));
      status.set("failed");
      System.err.println("entente-nlp could not load its models: " + error);
    }
  }

  private void health(HttpExchange exchange) throws IOException {
    String body = "{\"status\":\"" + status.get() + "\",\"annotators\":\"" + ANNOTATORS + "\",\"inFlight\":" + inFlight.get()
        + ",\"pid\":" + ProcessHandle.current().pid() + ",\"served\":" + served.get()
        + ",\"loadMillis\":" + (readyAt == 0 ? -1 : readyAt - startedAt) + ",\"error\":" + quote(failure.get()) + "}";
    respond(exchange, 200, body);
  }

  private void annotate(HttpExchange exchange) throws IOException {
    if (!authorised(exchange)) return;
    if (!"POST".equals(exchange.getRequestMethod())) {
      respond(exchange, 405, error("POST the text to /annotate"));
      return;
    }
    Pipelines nlp;
    synchronized (pipeline) {
      nlp = pipeline[0];
    }
    if (nlp == null) {
      respond(exchange, 503, error("the models are " + status.get() + " " + failure.get()));
      return;
    }
    byte[] bytes = readLimited(exchange.getRequestBody(), maxChars * 4L + 1);
    if (bytes == null) {
      respond(exchange, 413, error("text longer than " + maxChars + " characters"));
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.length() > maxChars) {
      respond(exchange, 413, error("text longer than " + maxChars + " characters"));
      return;
    }
    Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
    inFlight.incrementAndGet();
    String json;
    long millis;
    try {
      Annotation document = new Annotation(text);
      String date = query.get("date");
      if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) document.set(CoreAnnotations.DocDateAnnotation.class, date);
      millis = annotateWith(nlp, document);
      served.incrementAndGet();
      StringWriter out = new StringWriter();
      nlp.parse().jsonPrint(document, out);
      json = out.toString();
    } catch (Throwable failure) {
      // The trace goes to the host's log, where an operator looks when an article fails to parse.
      failure.printStackTrace();
      respond(exchange, 500, error(String.valueOf(failure)));
      return;
    } finally {
      inFlight.decrementAndGet();
    }
    // A client that gave up (its timeout) makes this write fail: that is its business, not a parse failure.
    exchange.getResponseHeaders().set("X-Entente-Nlp-Millis", Long.toString(millis));
    respond(exchange, 200, json);
  }

  /** The parse's time in ms, with any wait for the quote annotator (which concurrent requests take in turns). */
  private static long annotateWith(Pipelines nlp, Annotation document) {
    long started = System.nanoTime();
    nlp.parse().annotate(document);
    synchronized (nlp.quotes()) {
      nlp.quotes().annotate(document);
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  private boolean authorised(HttpExchange exchange) throws IOException {
    String given = exchange.getRequestHeaders().getFirst("X-Entente-Token");
    boolean ok = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    if (!ok) respond(exchange, 401, error("missing or wrong X-Entente-Token"));
    return ok;
  }

  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limit) return null;
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void respond(HttpExchange exchange, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String error(String message) {
    return "{\"error\":" + quote(message) + "}";
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  private static void writeState(Path path, int port, String token) throws IOException {
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    Files.createDirectories(path.toAbsolutePath().getParent());
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    long pid = ProcessHandle.current().pid();
    Files.writeString(tmp, "{\"port\":" + port + ",\"pid\":" + pid + ",\"token\":" + quote(token) + "}\n");
    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) hex.append(String.format("%02x", b));
    return hex.toString();
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw == null) return query;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }
}
