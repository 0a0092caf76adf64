package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableProfile;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.ProfilePointsChange;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.standard.WeightChange;
import java.util.List;
import java.util.Optional;

/** The JSON shape of a tailoring {@link Profile} ({@code kind = "profile"}, format version 1). */
final class ProfileDocument {
  static final String KIND = "profile";

  public String kind;
  public Integer formatVersion;
  public StandardId id;
  public StandardVersion version;
  public LocalizedText title;
  public StandardId base;
  public StandardVersion baseVersion;
  public UnitType unitType;
  public List<CriterionCode> select;
  public List<CriterionCode> exclude;
  public List<ProfilePointsChange> pointsChanges;
  public List<WeightChange> weightChanges;
  public List<RatingBand> ratingBands;
  public Points certificationThreshold;
  public SourceRef source;

  static ProfileDocument from(Profile p) {
    ProfileDocument d = new ProfileDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.id = p.getId();
    d.version = p.getVersion();
    d.title = p.getTitle();
    d.base = p.getBase();
    d.baseVersion = p.getBaseVersion();
    d.unitType = p.getUnitType();
    d.select = orNull(p.getSelect());
    d.exclude = orNull(p.getExclude());
    d.pointsChanges = orNull(p.getPointsChanges());
    d.weightChanges = orNull(p.getWeightChanges());
    d.ratingBands = orNull(p.getRatingBands());
    d.certificationThreshold = p.getCertificationThreshold().orElse(null);
    d.source = p.getSource();
    return d;
  }

  private static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  /** The profile, or null after recording problems. */
  Profile toModel(Binder b) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    b.require(id, "", "id");
    b.require(version, "", "version");
    b.require(title, "", "title");
    b.require(base, "", "base");
    b.require(baseVersion, "", "baseVersion");
    b.require(unitType, "", "unitType");
    b.require(source, "", "source");
    b.requireElements(select, "/select");
    b.requireElements(exclude, "/exclude");
    b.requireElements(pointsChanges, "/pointsChanges");
    b.requireElements(weightChanges, "/weightChanges");
    b.requireElements(ratingBands, "/ratingBands");
    if (b.hasErrors()) {
      return null;
    }
    ImmutableProfile.Builder p = Profile.builder().id(id).version(version).title(title)
        .base(base).baseVersion(baseVersion).unitType(unitType).source(source)
        .certificationThreshold(Optional.ofNullable(certificationThreshold));
    Optional.ofNullable(select).ifPresent(p::addAllSelect);
    Optional.ofNullable(exclude).ifPresent(p::addAllExclude);
    Optional.ofNullable(pointsChanges).ifPresent(p::addAllPointsChanges);
    Optional.ofNullable(weightChanges).ifPresent(p::addAllWeightChanges);
    Optional.ofNullable(ratingBands).ifPresent(p::addAllRatingBands);
    return b.attempt(p::build, "");
  }
}
