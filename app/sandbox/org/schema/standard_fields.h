#pragma once

// Makers for the standard objects' field metadata, so that each object's
// definition reads like its describe: one line per field.

#include "schema/object_description.h"

namespace syncdesk::sandbox::standard_fields {

FieldDescription text(const QString &name, const QString &label, int length);
FieldDescription textArea(const QString &name, const QString &label, int length);
FieldDescription email(const QString &name, const QString &label);
FieldDescription phone(const QString &name, const QString &label);
FieldDescription url(const QString &name, const QString &label);
FieldDescription picklist(const QString &name, const QString &label, const QStringList &values,
                          const QString &defaultValue = {});
FieldDescription reference(const QString &name, const QString &label,
                           const QStringList &referenceTo, const QString &relationshipName);
FieldDescription checkbox(const QString &name, const QString &label);
// An int field; describe reports `digits` for it, kept here in precision.
FieldDescription integer(const QString &name, const QString &label, int digits);
FieldDescription number(const QString &name, const QString &label, int precision, int scale);
FieldDescription currency(const QString &name, const QString &label, int precision, int scale);
FieldDescription percent(const QString &name, const QString &label, int precision, int scale);
FieldDescription date(const QString &name, const QString &label);
FieldDescription dateTime(const QString &name, const QString &label);

// Modifiers: each returns the field changed.
FieldDescription required(FieldDescription field);      // not nillable, not defaulted
FieldDescription defaulted(FieldDescription field);     // not nillable, filled in on create
FieldDescription readOnly(FieldDescription field);      // neither createable nor updateable
FieldDescription createOnly(FieldDescription field);    // createable, not updateable
FieldDescription restricted(FieldDescription field);    // restricted picklist
FieldDescription externalIdKey(FieldDescription field); // externalId and unique
FieldDescription nameOf(FieldDescription field);        // the object's name field

// The record id and the audit fields every object carries.
QList<FieldDescription> systemFields(const QString &idLabel);
// OwnerId -> User, defaulted to the running user on create.
FieldDescription owner();
// MasterRecordId: the record a merge deleted this one into (Lead, Contact, Account).
FieldDescription masterRecord(const QString &objectName);
// The read-only compound Name of a person (Contact, Lead, User).
FieldDescription personName(const QString &label);
// Street/City/State/PostalCode/Country fields with the given prefix ("Mailing", "").
QList<FieldDescription> address(const QString &prefix, const QString &labelPrefix);
// SyncDesk's external id: what the sync engine upserts on.
FieldDescription syncDeskId(const QString &name, const QString &label);

// Picklist values shared between objects.
QStringList industries();
QStringList ratings();
QStringList leadSources();
QStringList salutations();

} // namespace syncdesk::sandbox::standard_fields
