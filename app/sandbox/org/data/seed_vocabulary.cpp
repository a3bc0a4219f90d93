#include "data/seed_vocabulary.h"

#include "schema/standard_fields.h"

namespace syncdesk::sandbox::seed_vocabulary {

using namespace Qt::Literals::StringLiterals;

const QStringList firstNames{
    u"James"_s,   u"Mary"_s,      u"Robert"_s, u"Patricia"_s,  u"John"_s,    u"Jennifer"_s,
    u"Michael"_s, u"Linda"_s,     u"David"_s,  u"Elizabeth"_s, u"William"_s, u"Barbara"_s,
    u"Richard"_s, u"Susan"_s,     u"Joseph"_s, u"Jessica"_s,   u"Thomas"_s,  u"Sarah"_s,
    u"Carlos"_s,  u"Karen"_s,     u"Daniel"_s, u"Lisa"_s,      u"Matthew"_s, u"Nancy"_s,
    u"Anthony"_s, u"Sandra"_s,    u"Mark"_s,   u"Ashley"_s,    u"Priya"_s,   u"Emily"_s,
    u"Wei"_s,     u"Donna"_s,     u"Andrew"_s, u"Michelle"_s,  u"Joshua"_s,  u"Carol"_s,
    u"Kenji"_s,   u"Amanda"_s,    u"Kevin"_s,  u"Melissa"_s,   u"Brian"_s,   u"Deborah"_s,
    u"Omar"_s,    u"Stephanie"_s, u"Luis"_s,   u"Rebecca"_s,   u"Ryan"_s,    u"Laura"_s,
    u"Ahmed"_s,   u"Sofia"_s,     u"Ethan"_s,  u"Aisha"_s,     u"Noah"_s,    u"Chloe"_s,
    u"Mateo"_s,   u"Hannah"_s,    u"Lucas"_s,  u"Grace"_s,     u"Raj"_s,     u"Olivia"_s};
const QStringList lastNames{
    u"Smith"_s,    u"Johnson"_s, u"Williams"_s,  u"Brown"_s,    u"Jones"_s,     u"Garcia"_s,
    u"Miller"_s,   u"Davis"_s,   u"Rodriguez"_s, u"Martinez"_s, u"Hernandez"_s, u"Lopez"_s,
    u"Gonzalez"_s, u"Wilson"_s,  u"Anderson"_s,  u"Thomas"_s,   u"Taylor"_s,    u"Moore"_s,
    u"Jackson"_s,  u"Martin"_s,  u"Lee"_s,       u"Perez"_s,    u"Thompson"_s,  u"White"_s,
    u"Harris"_s,   u"Sanchez"_s, u"Clark"_s,     u"Ramirez"_s,  u"Lewis"_s,     u"Robinson"_s,
    u"Walker"_s,   u"Young"_s,   u"Allen"_s,     u"King"_s,     u"Wright"_s,    u"Scott"_s,
    u"Torres"_s,   u"Nguyen"_s,  u"Hill"_s,      u"Flores"_s,   u"Green"_s,     u"Adams"_s,
    u"Nelson"_s,   u"Baker"_s,   u"Hall"_s,      u"Rivera"_s,   u"Campbell"_s,  u"Mitchell"_s,
    u"Carter"_s,   u"Roberts"_s, u"Patel"_s,     u"Chen"_s,     u"Kim"_s,       u"Singh"_s,
    u"O'Brien"_s,  u"Murphy"_s,  u"Tanaka"_s,    u"Okafor"_s,   u"Novak"_s,     u"Schmidt"_s};
const QStringList companyRoots{
    u"Blue Harbor"_s, u"Summit"_s,     u"Cedar"_s,       u"Ironwood"_s,    u"Bright Path"_s,
    u"Redline"_s,     u"Silverleaf"_s, u"Granite"_s,     u"Pioneer"_s,     u"Lakeshore"_s,
    u"Evergreen"_s,   u"Northstar"_s,  u"Keystone"_s,    u"Brightwater"_s, u"Copperfield"_s,
    u"Oakridge"_s,    u"Riverbend"_s,  u"Stonebridge"_s, u"Harborview"_s,  u"Maple"_s,
    u"Falcon"_s,      u"Atlas"_s,      u"Beacon"_s,      u"Cobalt"_s,      u"Crescent"_s,
    u"Horizon"_s,     u"Meridian"_s,   u"Nimbus"_s,      u"Orion"_s,       u"Polaris"_s,
    u"Quantum"_s,     u"Sapphire"_s,   u"Sterling"_s,    u"Trident"_s,     u"Vertex"_s,
    u"Zenith"_s,      u"Aurora"_s,     u"Catalyst"_s,    u"Everest"_s,     u"Helix"_s};
const QStringList companyKinds{
    u"Systems"_s,        u"Labs"_s,         u"Logistics"_s,    u"Health"_s,    u"Foods"_s,
    u"Analytics"_s,      u"Energy"_s,       u"Capital"_s,      u"Partners"_s,  u"Manufacturing"_s,
    u"Software"_s,       u"Networks"_s,     u"Media"_s,        u"Robotics"_s,  u"Biotech"_s,
    u"Retail"_s,         u"Consulting"_s,   u"Financial"_s,    u"Solutions"_s, u"Industries"_s,
    u"Holdings"_s,       u"Group"_s,        u"Technologies"_s, u"Designs"_s,   u"Outfitters"_s,
    u"Pharma"_s,         u"Security"_s,     u"Motors"_s,       u"Telecom"_s,   u"Airlines"_s,
    u"Insurance"_s,      u"Construction"_s, u"Hospitality"_s,  u"Learning"_s,  u"Agritech"_s,
    u"Semiconductors"_s, u"Apparel"_s,      u"Shipping"_s,     u"Studios"_s,   u"Realty"_s};
const QStringList titles{u"CEO"_s,
                         u"CFO"_s,
                         u"CTO"_s,
                         u"VP of Sales"_s,
                         u"VP of Marketing"_s,
                         u"VP of Operations"_s,
                         u"Director of IT"_s,
                         u"Director of Procurement"_s,
                         u"Sales Manager"_s,
                         u"Account Executive"_s,
                         u"Marketing Manager"_s,
                         u"Operations Manager"_s,
                         u"Software Engineer"_s,
                         u"Product Manager"_s,
                         u"Office Manager"_s,
                         u"Buyer"_s,
                         u"Head of Customer Success"_s,
                         u"IT Manager"_s,
                         u"Controller"_s,
                         u"Project Manager"_s};
const QStringList industries = standard_fields::industries();
const QStringList leadSources = standard_fields::leadSources();
const QStringList salutations = standard_fields::salutations();
const QStringList departments{u"Sales"_s,      u"Marketing"_s,   u"Finance"_s,  u"IT"_s,
                              u"Operations"_s, u"Procurement"_s, u"Executive"_s};
const QStringList streets{u"Market St"_s, u"Main St"_s,  u"Oak Ave"_s,     u"Mission St"_s,
                          u"Broadway"_s,  u"Elm St"_s,   u"Harbor Blvd"_s, u"Pine St"_s,
                          u"Lake Dr"_s,   u"Cedar Ln"_s, u"Park Ave"_s,    u"1st Ave"_s};
const QStringList products{u"Platform Expansion"_s, u"Annual Renewal"_s,   u"New Business"_s,
                           u"Add-on Licenses"_s,    u"Services Package"_s, u"Pilot"_s,
                           u"Enterprise Upgrade"_s, u"Support Contract"_s};

const City cities[12] = {
    {u"San Francisco", u"CA", u"94105", u"415"}, {u"New York", u"NY", u"10001", u"212"},
    {u"Chicago", u"IL", u"60601", u"312"},       {u"Boston", u"MA", u"02110", u"617"},
    {u"Seattle", u"WA", u"98101", u"206"},       {u"Austin", u"TX", u"78701", u"512"},
    {u"Denver", u"CO", u"80202", u"303"},        {u"Atlanta", u"GA", u"30303", u"404"},
    {u"Los Angeles", u"CA", u"90012", u"213"},   {u"Portland", u"OR", u"97204", u"503"},
    {u"Miami", u"FL", u"33131", u"305"},         {u"Minneapolis", u"MN", u"55401", u"612"}};

} // namespace syncdesk::sandbox::seed_vocabulary
