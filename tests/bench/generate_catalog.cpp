// atrium-catalog-gen: writes a synthetic but realistic Backstage catalog for the load benchmarks.
//
//   atrium-catalog-gen --entities N --files F --seed S OUTDIR
//
// The output is deterministic for (N, F, S): the same arguments give byte-identical files, so numbers measured
// on two machines (or before and after a change) are numbers about the same input.
//
// Layout of OUTDIR:
//   atrium.yaml                      the workspace: one catalog location, the `catalog` folder
//   catalog/locations.yaml           Location entities pointing at the files under teams/
//   catalog/org/*.yaml               Groups (a tree: organization > departments > teams) and Users
//   catalog/domains/*.yaml           Domains
//   catalog/systems/<domain>/*.yaml  Systems with their APIs, Components and Resources
//   teams/<name>/catalog-info.yaml   files reached only through the Location entities, as in Backstage setups
//                                    where a central location lists each team's catalog-info.yaml
//   catalog-manifest.json            what was generated (counts per kind, bytes), for the benchmark script
//
// Every reference (owner, system, domain, dependsOn, providesApis, consumesApis, subcomponentOf, memberOf,
// parent/children, subdomainOf) points at an entity that exists, and every document passes Backstage's
// catalog-model validators, so `atrium-cli catalog lint` must report 0 errors on it.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace Atrium {
namespace {

// Word lists for names, titles and descriptions. Names are built from combinations of these, so a catalog of
// 100,000 entities reads like a real one (payments-ledger-service) instead of entity-00042.
constexpr std::array<const char16_t*, 40> kAreas
    = { u"payments",   u"billing",  u"identity",  u"checkout",  u"search",    u"catalog",  u"inventory", u"shipping",
        u"pricing",    u"orders",   u"accounts",  u"messaging", u"analytics", u"media",    u"reporting", u"fraud",
        u"loyalty",    u"reviews",  u"recommend", u"auth",      u"ledger",    u"tax",      u"returns",   u"warehouse",
        u"delivery",   u"partners", u"marketing", u"campaigns", u"content",   u"profiles", u"sessions",  u"audit",
        u"compliance", u"risk",     u"support",   u"ticketing", u"telemetry", u"metrics",  u"storage",   u"streaming" };
constexpr std::array<const char16_t*, 32> kNouns
    = { u"gateway",  u"ledger",  u"router",    u"indexer",  u"scheduler", u"broker",   u"resolver",  u"exporter",
        u"importer", u"tracker", u"notifier",  u"renderer", u"validator", u"matcher",  u"collector", u"aggregator",
        u"planner",  u"manager", u"registry",  u"store",    u"proxy",     u"engine",   u"builder",   u"dispatcher",
        u"monitor",  u"adapter", u"connector", u"cache",    u"sync",      u"pipeline", u"bridge",    u"hub" };
constexpr std::array<const char16_t*, 12> kComponentSuffixes = { u"service", u"api", u"worker", u"frontend",
                                                                 u"backend", u"lib", u"job",    u"ui",
                                                                 u"daemon",  u"cli", u"sdk",    u"web" };
constexpr std::array<const char16_t*, 12> kResourceTypes
    = { u"database", u"s3-bucket",    u"queue", u"topic",        u"cache",    u"cluster",
        u"bucket",   u"search-index", u"cdn",   u"secret-store", u"dns-zone", u"load-balancer" };
constexpr std::array<const char16_t*, 9> kResourceSuffixes
    = { u"db", u"bucket", u"queue", u"topic", u"redis", u"cluster", u"store", u"index", u"table" };
constexpr std::array<const char16_t*, 5> kComponentTypes
    = { u"service", u"website", u"library", u"service", u"service" };
constexpr std::array<const char16_t*, 4> kLifecycles = { u"production", u"production", u"experimental", u"deprecated" };
constexpr std::array<const char16_t*, 24> kTags
    = { u"java",  u"kotlin",   u"go",     u"python",   u"typescript", u"react",  u"grpc",   u"rest",
        u"kafka", u"postgres", u"redis",  u"aws",      u"gcp",        u"k8s",    u"tier-1", u"tier-2",
        u"pci",   u"gdpr",     u"public", u"internal", u"batch",      u"stream", u"ml",     u"legacy" };
constexpr std::array<const char16_t*, 48> kFirstNames
    = { u"anna", u"ben",    u"carla", u"david",  u"elena", u"farid",  u"grace",   u"hiro",  u"ines",  u"jonas",
        u"kim",  u"lena",   u"marco", u"nadia",  u"oscar", u"priya",  u"quentin", u"rosa",  u"samir", u"tara",
        u"umar", u"vera",   u"wei",   u"ximena", u"yusuf", u"zoe",    u"aisha",   u"bruno", u"chen",  u"dana",
        u"emil", u"fatima", u"goran", u"hana",   u"ivan",  u"julia",  u"kofi",    u"lucia", u"mateo", u"noor",
        u"olga", u"pablo",  u"rania", u"sven",   u"tomas", u"ursula", u"vikram",  u"wanda" };
constexpr std::array<const char16_t*, 48> kLastNames
    = { u"schmidt",   u"garcia",   u"nakamura", u"okafor", u"rossi",   u"novak",  u"kowalski", u"silva",
        u"johnson",   u"mueller",  u"tanaka",   u"haddad", u"fischer", u"lopez",  u"andersen", u"kim",
        u"oconnor",   u"dubois",   u"ivanova",  u"mensah", u"patel",   u"nguyen", u"larsen",   u"moreau",
        u"becker",    u"yilmaz",   u"santos",   u"weber",  u"kumar",   u"bauer",  u"costa",    u"hansen",
        u"martin",    u"petrov",   u"ali",      u"wagner", u"romero",  u"chen",   u"sato",     u"jensen",
        u"lindqvist", u"ferreira", u"walsh",    u"zhang",  u"herrera", u"kaya",   u"virtanen", u"brown" };
// Display names keep the accents the YAML names cannot have, so the parser sees real UTF-8.
constexpr std::array<const char16_t*, 48> kFirstDisplay
    = { u"Anna", u"Ben",    u"Carla", u"David",  u"Elena", u"Farid",  u"Grace",   u"Hiro",  u"Inés",  u"Jonas",
        u"Kim",  u"Lena",   u"Marco", u"Nadia",  u"Óscar", u"Priya",  u"Quentin", u"Rosa",  u"Samir", u"Tara",
        u"Umar", u"Vera",   u"Wei",   u"Ximena", u"Yusuf", u"Zoë",    u"Aisha",   u"Bruno", u"Chen",  u"Dana",
        u"Emil", u"Fátima", u"Goran", u"Hana",   u"Ivan",  u"Julia",  u"Kofi",    u"Lucía", u"Mateo", u"Noor",
        u"Olga", u"Pablo",  u"Rania", u"Sven",   u"Tomás", u"Ursula", u"Vikram",  u"Wanda" };
constexpr std::array<const char16_t*, 48> kLastDisplay
    = { u"Schmidt",   u"García",   u"Nakamura", u"Okafor", u"Rossi",   u"Novák",  u"Kowalski", u"Silva",
        u"Johnson",   u"Müller",   u"Tanaka",   u"Haddad", u"Fischer", u"López",  u"Andersen", u"Kim",
        u"O'Connor",  u"Dubois",   u"Ivanova",  u"Mensah", u"Patel",   u"Nguyen", u"Larsen",   u"Moreau",
        u"Becker",    u"Yılmaz",   u"Santos",   u"Weber",  u"Kumar",   u"Bauer",  u"Costa",    u"Hansen",
        u"Martin",    u"Petrov",   u"Ali",      u"Wagner", u"Romero",  u"Chen",   u"Sato",     u"Jensen",
        u"Lindqvist", u"Ferreira", u"Walsh",    u"Zhang",  u"Herrera", u"Kaya",   u"Virtanen", u"Brown" };
constexpr std::array<const char16_t*, 10> kVerbs = { u"Handles", u"Owns",      u"Serves",    u"Stores", u"Computes",
                                                     u"Tracks",  u"Publishes", u"Validates", u"Routes", u"Exposes" };
constexpr std::array<const char16_t*, 10> kObjects
    = { u"requests",     u"events",   u"records", u"documents", u"settlements",
        u"reservations", u"profiles", u"quotes",  u"batches",   u"notifications" };
constexpr std::array<const char16_t*, 8> kQualifiers = { u"for the web shop and the mobile apps",
                                                         u"with at-least-once delivery",
                                                         u"behind the public edge",
                                                         u"for internal teams only",
                                                         u"across all regions",
                                                         u"with a 99.9% availability target",
                                                         u"as the single source of truth",
                                                         u"in near real time" };

QString word(const auto& list, qsizetype index)
{
    return QString::fromUtf16(list[static_cast<std::size_t>(index) % list.size()]);
}

QString titleCase(const QString& name)
{
    QString result;
    result.reserve(name.size());
    bool upper = true;
    for (const QChar c : name) {
        if (c == u'-' || c == u'_' || c == u'.') {
            result += u' ';
            upper = true;
        } else {
            result += upper ? c.toUpper() : c;
            upper = false;
        }
    }
    return result;
}

/// The kinds in the order their documents are written; also the manifest's keys.
enum class Kind { Group, User, Domain, System, Api, Component, Resource, Location };

struct Counts {
    int groups = 0, users = 0, domains = 0, systems = 0, apis = 0, components = 0, resources = 0, locations = 0;
};

/// How many of each kind an N-entity catalog has. The shares follow what mid-size Backstage installations report
/// (components dominate, then APIs, resources and users; few domains); Locations are one per ten team files.
Counts planCounts(int entities, int locations)
{
    Counts c;
    c.locations = locations;
    const int rest = entities - locations;
    c.domains = std::max(1, rest / 500);
    c.systems = std::max(1, rest / 50);
    c.groups = std::max(3, rest / 40);
    c.users = std::max(1, rest * 20 / 100);
    c.apis = std::max(1, rest * 7 / 100);
    c.resources = std::max(1, rest * 17 / 100);
    c.components = rest - c.domains - c.systems - c.groups - c.users - c.apis - c.resources;
    return c;
}

/// Builds the YAML text of one document at a time. Everything written is either a plain scalar known to be safe
/// (names, refs, tags) or goes through quoted(), so the output needs no YAML library to be correct.
class DocumentWriter {
public:
    void begin(QStringView apiVersion, QStringView kind)
    {
        m_text += u"---\napiVersion: " % apiVersion % u"\nkind: " % kind % u"\n";
    }
    void line(int indent, QStringView text) { m_text += QString(indent, u' ') % text % u'\n'; }
    void line(int indent, const QString& text) { line(indent, QStringView(text)); }
    void field(int indent, QStringView key, QStringView value)
    {
        m_text += QString(indent, u' ') % key % u": " % value % u'\n';
    }
    void field(int indent, QStringView key, const QString& value) { field(indent, key, QStringView(value)); }
    void quotedField(int indent, QStringView key, const QString& value) { field(indent, key, quoted(value)); }
    void list(int indent, QStringView key, const QStringList& items)
    {
        if (items.isEmpty()) {
            field(indent, key, u"[]");
            return;
        }
        line(indent, key % u':');
        for (const QString& item : items)
            line(indent, u"- " % item);
    }
    void block(int indent, QStringView key, const QString& text)
    {
        line(indent, key % u": |");
        const QString pad(indent + 2, u' ');
        for (const QStringView textLine : QStringView(text).split(u'\n')) {
            if (!textLine.isEmpty())
                m_text += pad % textLine % u'\n';
        }
    }
    static QString quoted(const QString& value)
    {
        QString escaped = value;
        escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        return u'"' % escaped % u'"';
    }
    QString take() { return std::exchange(m_text, {}); }

private:
    QString m_text;
};

class CatalogGenerator {
public:
    CatalogGenerator(int entities, int files, quint32 seed)
        : m_entities(entities)
        , m_files(files)
        , m_seed(seed)
        , m_random(seed)
    {
    }

    bool write(const QString& outDir, QTextStream& err);

private:
    struct Document {
        Kind kind;
        QString text;
        QString section; ///< folder under catalog/ (org, domains, systems/<domain>)
        QString slug; ///< file name stem when this document starts a file
    };

    int pick(int bound) { return bound <= 1 ? 0 : static_cast<int>(m_random.bounded(bound)); }
    bool chance(int percent) { return pick(100) < percent; }
    template <typename List> QString any(const List& list) { return word(list, pick(static_cast<int>(list.size()))); }
    QStringList tags(int max);
    QString description(const QString& subject);
    void annotations(DocumentWriter& w, const QString& name, bool service);
    void links(DocumentWriter& w, const QString& name);
    QString openApiDefinition(const QString& name, const QString& title);
    QString asyncApiDefinition(const QString& name);
    QString grpcDefinition(const QString& name);
    QString ownerRef();

    void makeNames(const Counts& counts);
    void writeGroups();
    void writeUsers();
    void writeDomains();
    void writeSystemsAndParts();
    void add(Kind kind, QString text, const QString& section, const QString& slug)
    {
        m_documents.push_back({ kind, std::move(text), section, slug });
    }

    int m_entities;
    int m_files;
    quint32 m_seed;
    QRandomGenerator m_random;
    Counts m_counts;

    QStringList m_groupNames, m_teamNames, m_userNames, m_domainNames, m_systemNames, m_apiNames, m_componentNames,
        m_resourceNames;
    std::vector<int> m_groupParent; ///< index into m_groupNames, -1 for the root
    std::vector<Document> m_documents;
};

QStringList CatalogGenerator::tags(int max)
{
    QStringList result;
    const int count = pick(max + 1);
    for (int i = 0; i < count; ++i) {
        const QString tag = any(kTags);
        if (!result.contains(tag))
            result += tag;
    }
    return result;
}

QString CatalogGenerator::description(const QString& subject)
{
    QString text = any(kVerbs) % u' ' % any(kObjects) % u" for " % subject % u' ' % any(kQualifiers) % u'.';
    if (chance(15))
        text += u" Talk to the owners before changing its contract.";
    return text;
}

void CatalogGenerator::annotations(DocumentWriter& w, const QString& name, bool service)
{
    w.line(2, u"annotations:");
    w.field(4, u"github.com/project-slug", u"acme/" % name);
    if (chance(40))
        w.field(4, u"backstage.io/techdocs-ref", u"dir:.");
    if (service && chance(30))
        w.field(4, u"pagerduty.com/service-id", u'P' % QString::number(100000 + pick(900000), 36).toUpper());
    if (service && chance(25))
        w.field(4, u"backstage.io/kubernetes-id", name);
    if (chance(10))
        w.field(4, u"sonarqube.org/project-key", u"acme_" % QString(name).replace(u'-', u'_'));
}

void CatalogGenerator::links(DocumentWriter& w, const QString& name)
{
    if (!chance(20))
        return;
    w.line(2, u"links:");
    w.line(4, u"- url: https://grafana.acme.example/d/" % name);
    w.line(6, u"title: Dashboard");
    w.line(6, u"icon: dashboard");
    if (chance(40)) {
        w.line(4, u"- url: https://runbooks.acme.example/" % name);
        w.line(6, u"title: Runbook");
    }
}

QString CatalogGenerator::ownerRef()
{
    // Owners are teams, written the ways people write them: bare name (Group is the default kind) or full ref.
    const QString& team = m_teamNames.at(pick(static_cast<int>(m_teamNames.size())));
    switch (pick(4)) {
    case 0:
        return u"group:" % team;
    case 1:
        return u"group:default/" % team;
    default:
        return team;
    }
}

QString CatalogGenerator::openApiDefinition(const QString& name, const QString& title)
{
    // A small but real OpenAPI 3 document: one to three resources with list/get operations and a schema each,
    // about 1.5-3 KB, like the definitions teams paste into catalog-info.yaml.
    QString text = u"openapi: 3.0.3\ninfo:\n  title: " % title % u"\n  version: 1." % QString::number(pick(20))
        % u".0\n  description: Public contract of " % name % u".\nservers:\n  - url: https://api.acme.example/" % name
        % u"\npaths:\n";
    const int resources = 1 + (chance(35) ? 1 : 0) + (chance(10) ? 1 : 0);
    QStringList schemas;
    for (int i = 0; i < resources; ++i) {
        const QString object = any(kObjects);
        const QString schema = titleCase(object) % QString::number(i);
        schemas += schema;
        text += u"  /" % object % u":\n    get:\n      summary: List " % object % u"\n      operationId: list" % schema
            % u"\n      parameters:\n        - name: limit\n          in: query\n          schema:\n"
              u"            type: integer\n            maximum: 500\n      responses:\n        \"200\":\n"
              u"          description: A page of "
            % object
            % u"\n          content:\n            application/json:\n              schema:\n"
              u"                type: array\n                items:\n                  $ref: \"#/components/schemas/"
            % schema % u"\"\n  /" % object % u"/{id}:\n    get:\n      summary: Get one of the " % object
            % u"\n      operationId: get" % schema
            % u"\n      parameters:\n        - name: id\n          in: path\n          required: true\n"
              u"          schema:\n            type: string\n      responses:\n        \"200\":\n"
              u"          description: The item\n        \"404\":\n          description: Not found\n";
    }
    text += u"components:\n  schemas:\n";
    for (const QString& schema : std::as_const(schemas)) {
        text += u"    " % schema
            % u":\n      type: object\n      required: [id]\n      properties:\n        id:\n          type: string\n"
              u"        createdAt:\n          type: string\n          format: date-time\n";
    }
    return text;
}

QString CatalogGenerator::asyncApiDefinition(const QString& name)
{
    const QString object = any(kObjects);
    return u"asyncapi: 2.6.0\ninfo:\n  title: " % titleCase(name) % u" events\n  version: 1.0.0\nchannels:\n  " % name
        % u'.' % object
        % u".v1:\n    subscribe:\n      message:\n        payload:\n          type: object\n"
          u"          properties:\n            id:\n              type: string\n            occurredAt:\n"
          u"              type: string\n              format: date-time\n";
}

QString CatalogGenerator::grpcDefinition(const QString& name)
{
    const QString service = titleCase(name).remove(u' ');
    return u"syntax = \"proto3\";\npackage acme." % QString(name).replace(u'-', u'_') % u".v1;\nservice " % service
        % u" {\n  rpc Get(GetRequest) returns (GetResponse);\n  rpc List(ListRequest) returns (ListResponse);\n}\n"
          u"message GetRequest { string id = 1; }\nmessage GetResponse { string id = 1; string payload = 2; }\n"
          u"message ListRequest { int32 page_size = 1; string page_token = 2; }\n"
          u"message ListResponse { repeated GetResponse items = 1; string next_page_token = 2; }\n";
}

void CatalogGenerator::makeNames(const Counts& counts)
{
    // Combination tables enumerate distinct names; shuffling them keeps neighbours in a file from looking serial.
    auto combos = [this](int count, auto makeName) {
        QStringList names;
        names.reserve(count);
        for (int i = 0; i < count; ++i)
            names += makeName(i);
        std::shuffle(names.begin(), names.end(), m_random);
        return names;
    };
    const int areas = static_cast<int>(kAreas.size());
    const int nouns = static_cast<int>(kNouns.size());

    m_domainNames = combos(counts.domains, [&](int i) {
        const QString base = word(kAreas, i);
        return i < areas ? base : base % u'-' % QString::number(i / areas + 1);
    });
    m_systemNames = combos(counts.systems, [&](int i) {
        const QString base = word(kAreas, i) % u'-' % word(kNouns, i / areas);
        const int round = i / (areas * nouns);
        return round == 0 ? base : base % u"-v" % QString::number(round + 1);
    });
    const int suffixes = static_cast<int>(kComponentSuffixes.size());
    m_componentNames = combos(counts.components, [&](int i) {
        const QString base
            = word(kAreas, i) % u'-' % word(kNouns, i / areas) % u'-' % word(kComponentSuffixes, i / (areas * nouns));
        const int round = i / (areas * nouns * suffixes);
        return round == 0 ? base : base % u'-' % QString::number(round + 1);
    });
    m_apiNames = combos(counts.apis, [&](int i) {
        const QString base = word(kAreas, i) % u'-' % word(kNouns, i / areas);
        const int round = i / (areas * nouns);
        return round == 0 ? QString(base % u"-api") : QString(base % u"-api-v" % QString::number(round + 1));
    });
    const int resourceSuffixes = static_cast<int>(kResourceSuffixes.size());
    m_resourceNames = combos(counts.resources, [&](int i) {
        const QString base
            = word(kAreas, i) % u'-' % word(kNouns, i / areas) % u'-' % word(kResourceSuffixes, i / (areas * nouns));
        const int round = i / (areas * nouns * resourceSuffixes);
        return round == 0 ? base : base % u'-' % QString::number(round + 1);
    });
    const int firsts = static_cast<int>(kFirstNames.size());
    const int lasts = static_cast<int>(kLastNames.size());
    m_userNames = combos(counts.users, [&](int i) {
        const QString base = word(kFirstNames, i) % u'.' % word(kLastNames, i / firsts);
        const int round = i / (firsts * lasts);
        return round == 0 ? base : base % QString::number(round + 1);
    });
}

void CatalogGenerator::writeGroups()
{
    // A tree: one organization, departments under it, teams under departments (and some sub-teams). Group names
    // are unique: teams are named after an area and a noun, departments after an area.
    const int total = m_counts.groups;
    const int departments = std::max(1, std::min(total / 10, static_cast<int>(kAreas.size()) * 3));
    m_groupNames = { QStringLiteral("acme") };
    m_groupParent = { -1 };
    for (int i = 0; i < departments && m_groupNames.size() < total; ++i) {
        const QString base = word(kAreas, i);
        m_groupNames += (i < static_cast<int>(kAreas.size()) ? base : base % u'-' % QString::number(i)) % u"-dept";
        m_groupParent.push_back(0);
    }
    const int departmentCount = static_cast<int>(m_groupNames.size()) - 1;
    for (int i = 0; m_groupNames.size() < total; ++i) {
        // Most teams hang off a department; every fifth is a sub-team of an earlier team.
        const int parent = (i % 5 == 4 && m_teamNames.size() > 0)
            ? 1 + departmentCount + pick(static_cast<int>(m_teamNames.size()))
            : 1 + pick(departmentCount);
        const int areas = static_cast<int>(kAreas.size());
        const int nouns = static_cast<int>(kNouns.size());
        QString name = word(kAreas, i) % u'-' % word(kNouns, i / areas) % u"-team";
        if (i >= areas * nouns)
            name += u'-' % QString::number(i / (areas * nouns) + 1);
        m_groupNames += name;
        m_teamNames += name;
        m_groupParent.push_back(parent);
    }
    if (m_teamNames.isEmpty())
        m_teamNames = m_groupNames; // tiny catalogs: anyone can own things

    std::vector<QStringList> children(m_groupNames.size());
    for (qsizetype i = 1; i < m_groupNames.size(); ++i)
        children[static_cast<std::size_t>(m_groupParent[static_cast<std::size_t>(i)])] += m_groupNames.at(i);

    for (qsizetype i = 0; i < m_groupNames.size(); ++i) {
        const QString& name = m_groupNames.at(i);
        const int parent = m_groupParent[static_cast<std::size_t>(i)];
        DocumentWriter w;
        w.begin(u"backstage.io/v1alpha1", u"Group");
        w.line(0, u"metadata:");
        w.field(2, u"name", name);
        w.quotedField(2, u"description", description(titleCase(name)));
        if (chance(30))
            w.list(2, u"tags", tags(2));
        w.line(0, u"spec:");
        w.field(2, u"type", i == 0 ? u"organization" : (parent == 0 ? u"department" : u"team"));
        w.line(2, u"profile:");
        w.quotedField(4, u"displayName", titleCase(name));
        w.field(4, u"email", name % u"@acme.example");
        if (parent >= 0)
            w.field(2, u"parent", m_groupNames.at(parent));
        w.list(2, u"children", children[static_cast<std::size_t>(i)]);
        add(Kind::Group, w.take(), QStringLiteral("org"), u"groups-" % name);
    }
}

void CatalogGenerator::writeUsers()
{
    for (qsizetype i = 0; i < m_userNames.size(); ++i) {
        const QString& name = m_userNames.at(i);
        const qsizetype dot = name.indexOf(u'.');
        const QString first = name.left(dot);
        const QString last = name.mid(dot + 1);
        // Recover the display spellings (with accents) from the plain ones.
        const auto firstIndex = std::find_if(kFirstNames.begin(), kFirstNames.end(),
                                             [&](const char16_t* s) { return first == QStringView(s); })
            - kFirstNames.begin();
        QString lastPlain = last;
        while (!lastPlain.isEmpty() && lastPlain.back().isDigit())
            lastPlain.chop(1);
        const auto lastIndex = std::find_if(kLastNames.begin(), kLastNames.end(),
                                            [&](const char16_t* s) { return lastPlain == QStringView(s); })
            - kLastNames.begin();

        DocumentWriter w;
        w.begin(u"backstage.io/v1alpha1", u"User");
        w.line(0, u"metadata:");
        w.field(2, u"name", name);
        w.line(0, u"spec:");
        w.line(2, u"profile:");
        w.quotedField(4, u"displayName", word(kFirstDisplay, firstIndex) % u' ' % word(kLastDisplay, lastIndex));
        w.field(4, u"email", name % u"@acme.example");
        if (chance(30))
            w.field(4, u"picture", u"https://avatars.acme.example/" % name % u".png");
        QStringList memberOf { m_teamNames.at(pick(static_cast<int>(m_teamNames.size()))) };
        if (chance(20)) {
            const QString second = m_teamNames.at(pick(static_cast<int>(m_teamNames.size())));
            if (!memberOf.contains(second))
                memberOf += u"group:default/" % second;
        }
        w.list(2, u"memberOf", memberOf);
        add(Kind::User, w.take(), QStringLiteral("org"), u"users-" % name);
    }
}

void CatalogGenerator::writeDomains()
{
    for (qsizetype i = 0; i < m_domainNames.size(); ++i) {
        const QString& name = m_domainNames.at(i);
        DocumentWriter w;
        w.begin(u"backstage.io/v1alpha1", u"Domain");
        w.line(0, u"metadata:");
        w.field(2, u"name", name);
        w.quotedField(2, u"title", titleCase(name));
        w.quotedField(2, u"description", u"Everything about " % titleCase(name) % u'.');
        w.line(0, u"spec:");
        w.field(2, u"owner", ownerRef());
        // Subdomains point at an earlier domain so the hierarchy has no cycles.
        if (i > 0 && chance(20))
            w.field(2, u"subdomainOf", m_domainNames.at(pick(static_cast<int>(i))));
        add(Kind::Domain, w.take(), QStringLiteral("domains"), u"domains-" % name);
    }
}

void CatalogGenerator::writeSystemsAndParts()
{
    // Each system gets its APIs, components and resources written right after it, as a team's catalog-info.yaml
    // would have them. Components and resources are spread evenly over the systems.
    const auto share = [this](int count, int system) {
        const qint64 systems = m_counts.systems;
        return static_cast<int>(qint64(count) * (system + 1) / systems - qint64(count) * system / systems);
    };
    int apiIndex = 0, componentIndex = 0, resourceIndex = 0;
    for (int s = 0; s < m_counts.systems; ++s) {
        const QString& system = m_systemNames.at(s);
        const QString& domain = m_domainNames.at(s % m_domainNames.size());
        const QString section = u"systems/" % domain;
        const QString systemOwner = ownerRef();
        {
            DocumentWriter w;
            w.begin(u"backstage.io/v1alpha1", u"System");
            w.line(0, u"metadata:");
            w.field(2, u"name", system);
            w.quotedField(2, u"title", titleCase(system));
            w.quotedField(2, u"description", description(u"the " % titleCase(system) % u" system"));
            w.list(2, u"tags", tags(2));
            w.line(0, u"spec:");
            w.field(2, u"owner", systemOwner);
            w.field(2, u"domain", domain);
            add(Kind::System, w.take(), section, system);
        }

        const int firstApi = apiIndex;
        for (int n = share(m_counts.apis, s); n > 0; --n, ++apiIndex) {
            const QString& name = m_apiNames.at(apiIndex);
            DocumentWriter w;
            w.begin(u"backstage.io/v1alpha1", u"API");
            w.line(0, u"metadata:");
            w.field(2, u"name", name);
            w.quotedField(2, u"title", titleCase(name));
            w.quotedField(2, u"description", description(u"clients of " % titleCase(system)));
            w.list(2, u"tags", tags(3));
            annotations(w, name, false);
            w.line(0, u"spec:");
            const int flavour = pick(10);
            w.field(2, u"type", flavour < 7 ? u"openapi" : (flavour < 9 ? u"asyncapi" : u"grpc"));
            w.field(2, u"lifecycle", any(kLifecycles));
            w.field(2, u"owner", chance(80) ? systemOwner : ownerRef());
            w.field(2, u"system", system);
            w.block(2, u"definition",
                    flavour < 7 ? openApiDefinition(name, titleCase(name))
                                : (flavour < 9 ? asyncApiDefinition(name) : grpcDefinition(name)));
            add(Kind::Api, w.take(), section, name);
        }
        const int systemApis = apiIndex - firstApi;

        const int firstResource = resourceIndex;
        for (int n = share(m_counts.resources, s); n > 0; --n, ++resourceIndex) {
            const QString& name = m_resourceNames.at(resourceIndex);
            DocumentWriter w;
            w.begin(u"backstage.io/v1alpha1", u"Resource");
            w.line(0, u"metadata:");
            w.field(2, u"name", name);
            w.quotedField(2, u"description", description(titleCase(system)));
            if (chance(50))
                w.list(2, u"tags", tags(2));
            w.line(0, u"spec:");
            w.field(2, u"type", any(kResourceTypes));
            w.field(2, u"owner", chance(80) ? systemOwner : ownerRef());
            w.field(2, u"system", system);
            // Only on earlier resources of the same system: a realistic, acyclic dependency graph.
            if (resourceIndex > firstResource && chance(20))
                w.list(2, u"dependsOn",
                       { u"resource:" % m_resourceNames.at(firstResource + pick(resourceIndex - firstResource)) });
            add(Kind::Resource, w.take(), section, name);
        }
        const int systemResources = resourceIndex - firstResource;

        const int firstComponent = componentIndex;
        for (int n = share(m_counts.components, s); n > 0; --n, ++componentIndex) {
            const QString& name = m_componentNames.at(componentIndex);
            const bool service = chance(70);
            DocumentWriter w;
            w.begin(u"backstage.io/v1alpha1", u"Component");
            w.line(0, u"metadata:");
            w.field(2, u"name", name);
            if (chance(40))
                w.quotedField(2, u"title", titleCase(name));
            w.quotedField(2, u"description", description(titleCase(system)));
            w.list(2, u"tags", tags(2));
            annotations(w, name, service);
            links(w, name);
            w.line(0, u"spec:");
            w.field(2, u"type", service ? QStringLiteral("service") : any(kComponentTypes));
            w.field(2, u"lifecycle", any(kLifecycles));
            w.field(2, u"owner", chance(85) ? systemOwner : ownerRef());
            w.field(2, u"system", system);
            if (componentIndex > firstComponent && chance(15))
                w.field(2, u"subcomponentOf",
                        m_componentNames.at(firstComponent + pick(componentIndex - firstComponent)));
            if (systemApis > 0 && chance(40))
                w.list(2, u"providesApis", { m_apiNames.at(firstApi + pick(systemApis)) });
            if (apiIndex > 0 && chance(35)) {
                // Consumers reach across systems: any API written so far.
                QStringList consumed;
                for (int k = 1 + pick(2); k > 0; --k) {
                    const QString ref = u"api:" % m_apiNames.at(pick(apiIndex));
                    if (!consumed.contains(ref))
                        consumed += ref;
                }
                w.list(2, u"consumesApis", consumed);
            }
            QStringList dependsOn;
            if (systemResources > 0 && chance(60))
                dependsOn += u"resource:" % m_resourceNames.at(firstResource + pick(systemResources));
            if (componentIndex > 0 && chance(30))
                dependsOn
                    += (chance(50) ? u"component:" : u"component:default/") % m_componentNames.at(pick(componentIndex));
            if (!dependsOn.isEmpty())
                w.list(2, u"dependsOn", dependsOn);
            add(Kind::Component, w.take(), section, name);
        }
    }
}

bool CatalogGenerator::write(const QString& outDir, QTextStream& err)
{
    // One Location entity per ten team files; about one file in twenty is a team file.
    const int teamFiles = m_files >= 40 ? m_files / 20 : 0;
    const int locations = (teamFiles + 9) / 10;
    const int minimumEntities = locations + 16;
    if (m_entities < minimumEntities) {
        err << "atrium-catalog-gen: --entities must be at least " << minimumEntities << " for " << m_files
            << " files\n";
        return false;
    }
    m_counts = planCounts(m_entities, locations);
    makeNames(m_counts);
    writeGroups();
    m_counts.groups = static_cast<int>(m_groupNames.size());
    writeUsers();
    writeDomains();
    writeSystemsAndParts();

    // Cut the document stream into files of varying size: random cut points give many small files and a few
    // large ones, as real repositories do. One file is reserved for the Location entities.
    const int documentFiles = std::max(1, std::min<int>(m_files - (locations > 0 ? 1 : 0), int(m_documents.size())));
    std::vector<int> cuts;
    {
        std::vector<int> positions(m_documents.size() - 1);
        for (std::size_t i = 0; i < positions.size(); ++i)
            positions[i] = static_cast<int>(i + 1);
        std::shuffle(positions.begin(), positions.end(), m_random);
        cuts.assign(positions.begin(), positions.begin() + (documentFiles - 1));
        std::sort(cuts.begin(), cuts.end());
        cuts.insert(cuts.begin(), 0);
        cuts.push_back(static_cast<int>(m_documents.size()));
    }

    const QDir root(outDir);
    if (!root.mkpath(QStringLiteral("."))) {
        err << "atrium-catalog-gen: cannot create " << outDir << '\n';
        return false;
    }
    qint64 totalBytes = 0;
    int filesWritten = 0;
    const auto writeFile = [&](const QString& relativePath, const QString& text, bool catalogFile = true) {
        const QString path = root.filePath(relativePath);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        const QByteArray bytes = text.toUtf8();
        if (catalogFile) {
            totalBytes += bytes.size();
            ++filesWritten;
        }
        return file.write(bytes) == bytes.size();
    };

    QStringList teamPaths;
    QSet<QString> usedPaths;
    const int teamEvery = teamFiles > 0 ? documentFiles / teamFiles : 0;
    for (int f = 0; f + 1 < static_cast<int>(cuts.size()); ++f) {
        const Document& first = m_documents[static_cast<std::size_t>(cuts[static_cast<std::size_t>(f)])];
        QString text;
        for (int d = cuts[static_cast<std::size_t>(f)]; d < cuts[static_cast<std::size_t>(f) + 1]; ++d)
            text += m_documents[static_cast<std::size_t>(d)].text;
        QString path;
        const bool teamFile = teamEvery > 0 && f % teamEvery == teamEvery / 2 && teamPaths.size() < teamFiles;
        if (teamFile)
            path = u"teams/" % first.slug % u"/catalog-info.yaml";
        else
            path = u"catalog/" % first.section % u'/' % first.slug % u".yaml";
        if (usedPaths.contains(path))
            path.insert(path.size() - 5, u'-' % QString::number(f));
        usedPaths.insert(path);
        if (teamFile)
            teamPaths += path;
        if (!writeFile(path, text)) {
            err << "atrium-catalog-gen: cannot write " << root.filePath(path) << '\n';
            return false;
        }
    }

    if (locations > 0) {
        QString text;
        for (int l = 0; l < locations; ++l) {
            DocumentWriter w;
            w.begin(u"backstage.io/v1alpha1", u"Location");
            w.line(0, u"metadata:");
            w.field(2, u"name", u"team-locations-" % QString::number(l + 1));
            w.quotedField(2, u"description", QStringLiteral("Catalog files kept in the teams' own folders."));
            w.line(0, u"spec:");
            w.field(2, u"type", u"file");
            QStringList targets;
            for (qsizetype t = l * 10; t < std::min<qsizetype>((l + 1) * 10, teamPaths.size()); ++t)
                targets += u"../" % teamPaths.at(t);
            w.list(2, u"targets", targets);
            text += w.take();
        }
        if (!writeFile(QStringLiteral("catalog/locations.yaml"), text)) {
            err << "atrium-catalog-gen: cannot write catalog/locations.yaml\n";
            return false;
        }
    }

    const QString workspace = QStringLiteral("# Generated by atrium-catalog-gen: a synthetic catalog for benchmarks.\n"
                                             "version: 1\n"
                                             "name: Acme (synthetic, %1 entities)\n"
                                             "catalog:\n"
                                             "  locations:\n"
                                             "    - catalog\n")
                                  .arg(m_entities);
    if (!writeFile(QStringLiteral("atrium.yaml"), workspace, false)) {
        err << "atrium-catalog-gen: cannot write atrium.yaml\n";
        return false;
    }

    QJsonObject kinds;
    kinds[QStringLiteral("Group")] = m_counts.groups;
    kinds[QStringLiteral("User")] = m_counts.users;
    kinds[QStringLiteral("Domain")] = m_counts.domains;
    kinds[QStringLiteral("System")] = m_counts.systems;
    kinds[QStringLiteral("API")] = m_counts.apis;
    kinds[QStringLiteral("Component")] = m_counts.components;
    kinds[QStringLiteral("Resource")] = m_counts.resources;
    kinds[QStringLiteral("Location")] = m_counts.locations;
    const int entityCount = static_cast<int>(m_documents.size()) + locations;
    const QJsonObject manifest { { QStringLiteral("entities"), entityCount },
                                 { QStringLiteral("files"), filesWritten },
                                 { QStringLiteral("bytes"), totalBytes },
                                 { QStringLiteral("seed"), static_cast<qint64>(m_seed) },
                                 { QStringLiteral("kinds"), kinds } };
    QFile manifestFile(root.filePath(QStringLiteral("catalog-manifest.json")));
    if (!manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || manifestFile.write(QJsonDocument(manifest).toJson()) < 0) {
        err << "atrium-catalog-gen: cannot write catalog-manifest.json\n";
        return false;
    }
    QTextStream out(stdout);
    out << entityCount << " entities in " << filesWritten << " files, " << totalBytes << " bytes ("
        << (entityCount > 0 ? totalBytes / entityCount : 0) << " per entity) in " << QDir(outDir).absolutePath()
        << '\n';
    return true;
}

} // namespace
} // namespace Atrium

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium-catalog-gen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic Backstage catalog for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption entitiesOption(QStringLiteral("entities"), QStringLiteral("Number of entities."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption filesOption(QStringLiteral("files"), QStringLiteral("Number of catalog files."),
                                         QStringLiteral("F"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    parser.addOptions({ entitiesOption, filesOption, seedOption });
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("Folder to write the catalog into."));
    parser.process(app);

    QTextStream err(stderr);
    bool entitiesOk = false, filesOk = false, seedOk = false;
    const int entities = parser.value(entitiesOption).toInt(&entitiesOk);
    const int files = parser.value(filesOption).toInt(&filesOk);
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!entitiesOk || !filesOk || !seedOk || entities <= 0 || files <= 0 || parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return 2;
    }
    Atrium::CatalogGenerator generator(entities, files, seed);
    return generator.write(parser.positionalArguments().constFirst(), err) ? 0 : 1;
}
