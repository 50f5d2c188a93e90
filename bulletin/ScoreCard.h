#pragma once
// One object's score card for a round: the verdict RoundResults::judge() gives it under the
// round's indicator set, with every veto and every deduction traced to the findings behind it,
// and — shown apart, never counted — what the verdict would be if every pending needs-review
// finding were confirmed. What `xunjian score` prints and the GUI's ScoreCardView shows.
//
// The numbers are the verdict's (one arithmetic, in RoundResults); a card only sorts the
// object's findings under the indicators they prove.
//
// Threading: values; load()/compute() on the thread of the Store they are given.

#include "RoundResults.h"

#include <QJsonObject>

namespace xj {

// One indicator on a card and the findings behind it.
struct IndicatorScore {
    QString code;
    QString name;          // IndicatorCatalog's Chinese name; the code when unknown
    QString severity;      // veto, deduct, notice: the set's
    bool objective = true; // false: its findings count only once confirmed
    bool enabled = true;
    double maxPoints = 0;  // the set's cap for a deduction; 0 = none
    double raw = 0;        // counted points before the cap
    double capped = 0;     // counted points after the cap: what the score loses
    double pendingPoints = 0; // what confirming its pending findings would take in addition (capped)
    QList<Finding> counted;    // the findings that count, by id
    QList<Finding> pending;    // awaiting review: not counted (veto and deduction indicators)
    QList<Finding> notCounted; // dismissed, disabled, a pending notice, a deduction on an account
};

class ScoreCard {
public:
    Round round;
    qint64 setId = 0;  // the indicator set version judged by; 0 = the built-in default, unstored
    QString setLabel;  // "国办秘函〔2019〕19号 v3"
    ObjectVerdict verdict;
    QString kindCode;  // website, channel, account
    QString unit;      // the owner unit's name
    bool checked = true; // running at the round's as-of date: one of the round's checked objects
    // Every indicator with a finding on the object: vetoes, then deductions, then notices, each
    // group by code.
    QList<IndicatorScore> indicators;

    QList<IndicatorScore> ofSeverity(const QString &severity) const;
    const IndicatorScore *indicator(const QString &code) const; // nullptr when it has no finding
    int pendingCount() const;

    // The card of a judged object (verdict from RoundResults::judge with the same findings and set).
    static ScoreCard build(const ObjectVerdict &judged, const QList<Finding> &findings, const IndicatorSet &set);
    // One site's or account's card in a round, judged by the round's set (RoundResults::judgingSet);
    // an object not running at the as-of date gets a card too, with checked false. nullopt and
    // *error for an unknown round or object.
    static std::optional<ScoreCard> load(Store &store, const QString &roundId, ObjectType type, qint64 id,
                                         QString *error = nullptr, const ResultRules &rules = {});

    // The object as `xunjian score --format json` writes it (docs/formats.md).
    QJsonObject toJson() const;
    static QString kindCodeOf(const ObjectVerdict &v); // website, channel, account
};

// The cards of every object a round checked: websites, channels, accounts, each in registry order.
struct RoundScoreCards {
    Round round;
    IndicatorSet set;
    QList<ScoreCard> cards;

    static std::optional<RoundScoreCards> compute(Store &store, const QString &roundId, QString *error = nullptr,
                                                  const ResultRules &rules = {});
    // {"round", "window", "as_of", "indicator_set": {"id", "name", "version", "label"}, "objects": [cards]}.
    QJsonObject toJson() const;
};

} // namespace xj
