package io.github.ggw.standards.json.batch;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.internal.JacksonProblems;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a batch of self-assessments from a stream one at a time (流式读取), in constant memory: a
 * JSON array of assessments, or newline-delimited JSON (one assessment per line). The first
 * character that is not white space decides: {@code [} means an array.
 *
 * <p>Each element is limited to the reader's {@link ReadLimits#maxDocumentBytes()} and read by
 * {@link StandardsJson#readAssessment(byte[])}, so every element gets the same checks and
 * problems as a single file; a broken element does not stop the batch unless the array itself is
 * no longer well-formed, which ends it with one last item carrying the syntax problem. Not
 * thread-safe: one iterator per stream.
 */
public final class AssessmentStream implements Iterator<BatchItem> {
  private final StandardsJson json;
  private final String name;
  private final PushbackInputStream in;
  private final boolean array;
  private final JsonParser parser;
  private long index;
  private long line = 1;
  private BatchItem next;
  private boolean done;

  private AssessmentStream(StandardsJson json, String name, InputStream raw) throws IOException {
    this.json = json;
    this.name = name;
    this.in = new PushbackInputStream(raw, 4);
    int first = skipBomAndSpace();
    this.array = first == '[';
    this.parser = array ? json.streamingParser(in) : null;
    if (array) {
      parser.nextToken();
    }
  }

  /**
   * Opens a stream of assessments.
   *
   * @param json the reader whose limits, mode and checks apply to each element, not null
   * @param name a name for the source, used in {@link BatchItem#source()}, such as a file name
   * @param in the stream, not null; not closed by this iterator
   * @return the iterator
   * @throws UncheckedIOException if the stream cannot be read at all
   */
  public static AssessmentStream open(StandardsJson json, String name, InputStream in) {
    try {
      return new AssessmentStream(json, name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the batch is a JSON array (else newline-delimited JSON).
   *
   * @return true for an array
   */
  public boolean isArray() {
    return array;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = array ? nextElement() : nextLine();
      if (next == null) {
        // the end; an element that ended the batch (a broken array) has set done itself
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public BatchItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BatchItem item = next;
    next = null;
    return item;
  }

  private int skipBomAndSpace() throws IOException {
    int c = in.read();
    if (c == 0xEF) {
      int b = in.read();
      int d = in.read();
      if (b != 0xBB || d != 0xBF) {
        in.unread(new byte[] {(byte) c, (byte) b, (byte) d});
        return peek();
      }
      c = in.read();
    }
    while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (c == '\n') {
        line++;
      }
      c = in.read();
    }
    if (c >= 0) {
      in.unread(c);
    }
    return c;
  }

  private int peek() throws IOException {
    int c = in.read();
    if (c >= 0) {
      in.unread(c);
    }
    return c;
  }

  /** The next non-blank line, or null at the end; a line over the limit is skipped whole. */
  private BatchItem nextLine() {
    try {
      while (true) {
        long startLine = line;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0 && c != '\n') {
          any = true;
          if (buf.size() < json.getLimits().maxDocumentBytes()) {
            buf.write(c);
          } else {
            tooLong = true;
          }
        }
        if (c == '\n') {
          line++;
        }
        if (!any && c < 0) {
          return null;
        }
        byte[] bytes = buf.toByteArray();
        if (!tooLong && new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
          if (c < 0) {
            return null;
          }
          continue;
        }
        String source = name + "#" + index + " (line " + startLine + ")";
        Result<io.github.ggw.standards.model.assessment.SelfAssessment> read = tooLong
            ? Result.refused(List.of(tooLarge())) : json.readAssessment(bytes);
        return new BatchItem(index++, source, read, tooLong ? new byte[0] : bytes);
      }
    } catch (IOException e) {
      return unreadable(e);
    }
  }

  /** The next element of the array, or null after its end or after a fatal syntax error. */
  private BatchItem nextElement() {
    String source = name + "#" + index;
    try {
      JsonToken t = parser.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        return null;
      }
      source += " (line " + parser.currentTokenLocation().getLineNr() + ")";
      if (t != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return new BatchItem(index++, source, Result.refused(List.of(Problem.of(
            ProblemCode.JSON_WRONG_TYPE, Location.pointer(""), null, "object", "对象"))), new byte[0]);
      }
      Bounded out = new Bounded(json.getLimits().maxDocumentBytes());
      try (JsonGenerator g = json.streamingGenerator(out)) {
        g.copyCurrentStructureExact(parser);
      } catch (Bounded.Full full) {
        skipRestOfElement();
        return new BatchItem(index++, source, Result.refused(List.of(tooLarge())),
            new byte[0]);
      }
      byte[] bytes = out.toByteArray();
      return new BatchItem(index++, source, json.readAssessment(bytes), bytes);
    } catch (JacksonException e) {
      done = true;
      return new BatchItem(index++, source, Result.refused(List.of(
          JacksonProblems.toProblem(e, json.getLimits()))), new byte[0]);
    }
  }

  private void skipRestOfElement() {
    int depth = parser.streamReadContext().getNestingDepth();
    while (depth > 1) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return;
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    }
  }

  private Problem tooLarge() {
    return Problem.of(ProblemCode.INPUT_LIMIT_EXCEEDED, Location.unknown(), null,
        "maxDocumentBytes", String.valueOf(json.getLimits().maxDocumentBytes()));
  }

  private BatchItem unreadable(IOException e) {
    done = true;
    return new BatchItem(index++, name + "#" + index, Result.refused(List.of(Problem.of(
        ProblemCode.INPUT_UNREADABLE, Location.unknown(), null,
        e.getClass().getSimpleName() + ": " + e.getMessage()))), new byte[0]);
  }

  /** A byte buffer that refuses to grow past a limit. */
  private static final class Bounded extends OutputStream {
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final long limit;

    Bounded(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) {
      if (buf.size() >= limit) {
        throw new Full();
      }
      buf.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (buf.size() + (long) len > limit) {
        throw new Full();
      }
      buf.write(b, off, len);
    }

    byte[] toByteArray() {
      return buf.toByteArray();
    }

    /** Thrown when the element outgrows the limit. */
    static final class Full extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Full() {
        super("element larger than the limit", null, false, false);
      }
    }
  }
}
