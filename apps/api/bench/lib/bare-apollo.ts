// The same-run baseline of the HTTP benchmarks: a bare Apollo Server 5 answering `{ hello }`, started
// as its own process exactly like the API (same Node, same loader, same probe), on PORT.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'olá' } },
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
});
console.log(`bare Apollo ready at ${url}`);
process.on('SIGTERM', () => {
  void server.stop().finally(() => process.exit(0));
});
