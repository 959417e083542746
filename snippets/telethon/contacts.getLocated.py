import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.contacts.GetLocatedRequest(
                geo_point=types.InputGeoPoint(lat=41.9028, long=12.4964)
            )
        )
        print(result.stringify())


asyncio.run(main())
