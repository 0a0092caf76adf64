package io.github.ggw.standards.json.assessment;

import io.github.ggw.standards.json.internal.FastPaths;
import io.github.ggw.standards.json.internal.FastReading;
import io.github.ggw.standards.json.internal.FastReading.RecordReader;
import io.github.ggw.standards.json.internal.FastReading.ValueReader;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.json.internal.ScalarTextDeserializer;
import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast path of a self-assessment document: the plainest valid form read straight from the
 * parser into the model, as {@link AssessmentDocument}, {@link ClaimDocument} and the evidence
 * records would be bound by Jackson, giving up on anything else ({@link FastReading}): a member
 * unknown, repeated, missing or null, an evidence element whose {@code type} is not its first
 * member, another kind or format version, a value of another form or one the model refuses.
 * Evidence readers are made on first use of each kind.
 */
final class AssessmentFastPath implements FastPaths.Binding<SelfAssessment> {
  private static final int KIND = 0;
  private static final int VERSION = 1;
  private static final int UNIT = 2;
  private static final int STANDARD_ID = 3;
  private static final int STANDARD_VERSION = 4;
  private static final int YEAR = 5;
  private static final int EVIDENCE = 6;
  private static final int CLAIMS = 7;
  private static final int ALL = (1 << 8) - 1;
  private static final Map<String, Integer> MEMBERS = Map.of("kind", KIND,
      "formatVersion", VERSION, "unit", UNIT, "standardId", STANDARD_ID,
      "standardVersion", STANDARD_VERSION, "year", YEAR, "evidence", EVIDENCE,
      "claims", CLAIMS);

  private final JsonMapper mapper;
  private final Map<String, Class<?>> kinds;
  private final Map<String, Optional<RecordReader<? extends Evidence>>> evidence =
      new ConcurrentHashMap<>();
  private final RecordReader<Unit> unit;
  private final ValueReader<?> standardId;
  private final ValueReader<?> standardVersion;
  private final ValueReader<?> criterionCode;

  private AssessmentFastPath(JsonMapper mapper, Map<String, Class<?>> kinds) {
    this.mapper = mapper;
    this.kinds = kinds;
    this.unit = RecordReader.of(Unit.class, Map.of(), mapper);
    this.standardId = FastReading.readerOf(StandardId.class, mapper);
    this.standardVersion = FastReading.readerOf(StandardVersion.class, mapper);
    this.criterionCode = FastReading.readerOf(CriterionCode.class, mapper);
  }

  /**
   * The fast path for a mapper of the general path.
   *
   * @param mapper the mapper, not null
   * @param kinds the evidence record of each {@code type} name, not null
   * @return the binding
   */
  static AssessmentFastPath of(JsonMapper mapper, Map<String, Class<?>> kinds) {
    return new AssessmentFastPath(mapper, Map.copyOf(kinds));
  }

  @Override
  public SelfAssessment read(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT || unit == null || standardId == null
        || standardVersion == null || criterionCode == null) {
      throw FastReading.giveUp();
    }
    int seen = 0;
    Unit u = null;
    StandardId id = null;
    StandardVersion version = null;
    int year = 0;
    List<Evidence> facts = null;
    List<Claim> claims = null;
    String name;
    while ((name = p.nextName()) != null) {
      Integer member = MEMBERS.get(name);
      if (member == null || (seen & (1 << member)) != 0) {
        throw FastReading.giveUp();
      }
      seen |= 1 << member;
      p.nextToken();
      switch (member) {
        case KIND -> {
          if (!AssessmentDocument.KIND.equals(FastReading.text(p))) {
            throw FastReading.giveUp();
          }
        }
        case VERSION -> {
          if (FastReading.whole(p) != Formats.VERSION) {
            throw FastReading.giveUp();
          }
        }
        case UNIT -> u = unit.read(p);
        case STANDARD_ID -> id = (StandardId) standardId.read(p);
        case STANDARD_VERSION -> version = (StandardVersion) standardVersion.read(p);
        case YEAR -> year = FastReading.whole(p);
        case EVIDENCE -> facts = evidence(p);
        default -> claims = claims(p);
      }
    }
    if (seen != ALL) {
      throw FastReading.giveUp();
    }
    return SelfAssessment.builder().unit(u).standardId(id).standardVersion(version).year(year)
        .addAllEvidence(facts).addAllClaims(claims).build();
  }

  private List<Evidence> evidence(JsonParser p) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw FastReading.giveUp();
    }
    List<Evidence> facts = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      // the type first, as written by this library: anything else is left to Jackson
      if (!"type".equals(p.nextName())) {
        throw FastReading.giveUp();
      }
      p.nextToken();
      String type = FastReading.text(p);
      if (!kinds.containsKey(type)) {
        // not kept: the table holds one entry per known type, whatever names a document brings
        throw FastReading.giveUp();
      }
      RecordReader<? extends Evidence> reader = evidence.computeIfAbsent(type, this::readerOf)
          .orElseThrow(FastReading::giveUp);
      facts.add(reader.readMembers(p));
    }
    if (p.currentToken() != JsonToken.END_ARRAY) {
      throw FastReading.giveUp();
    }
    return facts;
  }

  private Optional<RecordReader<? extends Evidence>> readerOf(String type) {
    Class<?> c = kinds.get(type);
    if (c == null || !Evidence.class.isAssignableFrom(c)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Class<? extends Evidence> record = (Class<? extends Evidence>) c;
    Map<String, ValueReader<?>> special = new HashMap<>();
    if (record == FactValue.class) {
      special.put("value", AssessmentFastPath::factValue);
    }
    return Optional.ofNullable(RecordReader.of(record, special, mapper));
  }

  /** A fact's value: any JSON scalar as text, as {@link ScalarTextDeserializer} reads it. */
  private static String factValue(JsonParser p) {
    String text = ScalarTextDeserializer.text(p);
    if (text == null) {
      throw FastReading.giveUp(); // the general path reports it
    }
    return text;
  }

  private List<Claim> claims(JsonParser p) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw FastReading.giveUp();
    }
    List<Claim> claims = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      claims.add(claim(p));
    }
    if (p.currentToken() != JsonToken.END_ARRAY) {
      throw FastReading.giveUp();
    }
    return claims;
  }

  /** A claim as {@link ClaimDocument.Deserializer} makes it. */
  private Claim claim(JsonParser p) {
    CriterionCode code = null;
    Points points = null;
    String narrative = null;
    DeficiencyCounts counts = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "code" -> {
          if (code != null) {
            throw FastReading.giveUp();
          }
          code = (CriterionCode) criterionCode.read(p);
        }
        case "points" -> {
          if (points != null) {
            throw FastReading.giveUp();
          }
          points = FastReading.points(p);
        }
        case "narrative" -> {
          if (narrative != null) {
            throw FastReading.giveUp();
          }
          narrative = FastReading.text(p);
        }
        case "deficiencies" -> {
          if (counts != null) {
            throw FastReading.giveUp();
          }
          counts = FastReading.counts(p);
        }
        default -> throw FastReading.giveUp();
      }
    }
    if (counts == null) {
      counts = DeficiencyCounts.NONE;
    }
    if (code == null || narrative == null || (points == null && counts.isEmpty())) {
      throw FastReading.giveUp();
    }
    return points == null ? Claim.counted(code, Optional.empty(), narrative, counts)
        : new Claim(code, points, narrative, counts, true);
  }
}
