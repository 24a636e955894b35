// São Paulo state places for generated addresses: one list, shared by the demo seed, the factories
// and the bulk inserts of scale tests and benchmarks.

export interface City {
  name: string;
  /** First 5 digits of the CEP range. */
  cep: number;
  districts: string[];
}

export const SP_CITIES: readonly City[] = [
  {
    name: 'Campinas',
    cep: 13010,
    districts: ['Cambuí', 'Centro', 'Taquaral', 'Barão Geraldo', 'Nova Campinas', 'Jardim Proença'],
  },
  {
    name: 'Ribeirão Preto',
    cep: 14010,
    districts: ['Centro', 'Jardim Sumaré', 'Vila Seixas', 'Alto da Boa Vista', 'Jardim Irajá'],
  },
  { name: 'Sorocaba', cep: 18010, districts: ['Centro', 'Jardim Vergueiro', 'Vila Hortência', 'Campolim'] },
  { name: 'Piracicaba', cep: 13400, districts: ['Centro', 'Alto', 'Vila Rezende', 'Paulista'] },
  { name: 'Jundiaí', cep: 13201, districts: ['Centro', 'Anhangabaú', 'Vila Arens', 'Jardim Paulista'] },
  {
    name: 'São José do Rio Preto',
    cep: 15010,
    districts: ['Centro', 'Boa Vista', 'Redentora', 'Vila Imperial'],
  },
  { name: 'Bauru', cep: 17010, districts: ['Centro', 'Vila Universitária', 'Jardim Estoril', 'Vila Cardia'] },
  { name: 'Araraquara', cep: 14800, districts: ['Centro', 'Vila Xavier', 'Jardim Primavera', 'Carmo'] },
  { name: 'São Carlos', cep: 13560, districts: ['Centro', 'Vila Prado', 'Jardim Lutfalla', 'Cidade Jardim'] },
  { name: 'Santos', cep: 11010, districts: ['Gonzaga', 'Boqueirão', 'Ponta da Praia', 'Embaré'] },
  { name: 'Americana', cep: 13465, districts: ['Centro', 'Vila Santa Catarina', 'Jardim Ipiranga'] },
  { name: 'Indaiatuba', cep: 13330, districts: ['Centro', 'Vila Vitória', 'Jardim Pau Preto'] },
];

export const STREETS: readonly string[] = [
  'Rua Conceição',
  'Avenida Brasil',
  'Rua Barão de Jaguara',
  'Rua José Bonifácio',
  'Avenida Independência',
  'Rua Tiradentes',
  'Rua Quinze de Novembro',
  'Rua São Bento',
  'Avenida Presidente Vargas',
  'Rua Dom Pedro II',
  'Rua Marechal Deodoro',
  'Rua Sete de Setembro',
  'Rua Padre Anchieta',
  'Rua Benjamin Constant',
  'Rua Visconde do Rio Branco',
  'Avenida Francisco Glicério',
  'Rua General Osório',
  'Avenida Andrade Neves',
  'Rua Antônio Prado',
  'Rua Coronel Quirino',
  'Estrada Municipal do Pinhalzinho',
  'Avenida João Erbolato',
];

export const CITY_NAMES: readonly string[] = SP_CITIES.map((c) => c.name);

/** Every district named above, once. */
export const DISTRICTS: readonly string[] = [...new Set(SP_CITIES.flatMap((c) => c.districts))];
