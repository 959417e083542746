import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.account.ChangePhoneRequest(
                phone_number="+15555550123",
                phone_code_hash="a1b2c3d4e5f6",
                phone_code="12345",
            )
        )
        print(result.stringify())


asyncio.run(main())
