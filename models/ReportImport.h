#pragma once
// Private to the importer: the tables of what other sources report about the registry — posts,
// reminders, messages (MediaRecords), catalog counts of a round (MediaRecords) and findings of a
// round (CheckRecords, source "import"). They never create registry objects: every row must
// name an object the registry has, so that numbers land on real accounts, sites and units.

#include "RegistryImportContext.h"

#include <optional>

namespace xj {

// One function pair per table, in ReportImport*.cpp.
bool validatePosts(RegistryImporter::Context &ctx);
bool writePosts(RegistryImporter::Context &ctx);
bool validateReminders(RegistryImporter::Context &ctx);
bool writeReminders(RegistryImporter::Context &ctx);
bool validateMessages(RegistryImporter::Context &ctx);
bool writeMessages(RegistryImporter::Context &ctx);
bool validateCatalog(RegistryImporter::Context &ctx);
bool writeCatalog(RegistryImporter::Context &ctx);
bool validateFindings(RegistryImporter::Context &ctx);
bool writeFindings(RegistryImporter::Context &ctx);

// Accounts named by 账号名称 (column "account"), with 平台 ("platform") when names repeat.
class AccountLookup {
public:
    explicit AccountLookup(const Store &store);
    // The account's id, or 0 after reporting why (unknown name, unknown platform, ambiguous name).
    qint64 resolve(RegistryImporter::Context &ctx, const TableRow &row);

private:
    QMultiHash<QString, Account> m_byName;
};

// A site, channel or account named by 对象 ("target") — a name, or for sites a 网站标识码 — with
// 类型 ("kind": a site's 类型 or an account's 平台) when names repeat.
struct ObjectRef {
    ObjectType type = ObjectType::Site;
    qint64 id = 0;
    QString name;
    QString url; // a site's address; empty for accounts
};

class ObjectLookup {
public:
    explicit ObjectLookup(const Store &store);
    // Only objects of the allowed types answer (a website indicator narrows 对象 to sites); when the
    // name is of another type only, the problem says so. nullopt after reporting the problem.
    std::optional<ObjectRef> resolve(RegistryImporter::Context &ctx, const TableRow &row, bool sites, bool accounts);

private:
    QList<Site> m_sites;
    QList<Account> m_accounts;
};

// A count cell: a whole number ≥ 0 ("1,347", "１３４７" and an XLSX "1347.0" are read); nullopt
// after reporting the problem. Empty is a problem too: a count must be given.
std::optional<int> countCell(RegistryImporter::Context &ctx, const TableRow &row, const QString &key);

// Rows between two progress reports (each offers to cancel).
constexpr int kProgressEvery = 1000;

// Writes each planned row with `add(row, &isNew)`, counting new and unchanged rows and offering
// to cancel every few hundred rows (the write half of the progress).
template <typename T, typename Add>
bool writeEach(RegistryImporter::Context &ctx, const QList<T> &rows, Add add)
{
    const int total = int(rows.size());
    int done = 0;
    for (const T &row : rows) {
        if (++done % kProgressEvery == 0 && !ctx.progress(total + done, 2 * total))
            return ctx.result.cancelled = true, false;
        bool isNew = false;
        if (!add(row, &isNew))
            return false;
        ++(isNew ? ctx.result.inserted : ctx.result.unchanged);
    }
    return true;
}

} // namespace xj
